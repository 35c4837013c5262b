// SPDX-License-Identifier: MIT
#pragma once

#include "InlineBanner.h"
#include "api/ApiError.h"
#include "api/EndUserDetail.h"
#include "api/RevocationOutcome.h"
#include "audit/AuditEntry.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QToolButton;

namespace UserAdmin {

struct EndUserSummary;
class Actions;
class ApiClient;
class AuditJournal;
class EndUserDetailLoader;
class EndUserFacts;

/// "User details": everything known about the chosen end-user, loaded by its own EndUserDetailLoader, with its
/// loading and failure banners, and the revoke button, which stays in view whatever the banner says, with the
/// reason it is disabled written next to it. User data is shown as plain text only, each value readable and
/// selectable (also from the keyboard) and read by a screen reader after its caption.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(ApiClient* client, Actions* actions, AuditJournal* journal, QWidget* parent = nullptr);
    ~DetailPane() override;

    /// Shows what the list row already knows about `user` of organization `slug`, and loads the detail.
    void showUser(const QString& slug, const EndUserSummary& user);
    /// No end-user: a hint instead of the fields (a notice that the end-user is gone stays).
    void clear();
    void reload();
    /// The detail last loaded for the end-user shown (possibly not current: a reload may have failed since).
    std::optional<EndUserDetail> loadedDetail() const;
    QString userId() const { return m_userId; }
    QString email() const { return m_email; }
    QString organization() const { return m_slug; }
    bool isStale() const;
    InlineBanner* banner() const { return m_banner; }
    QString fieldText(const QString& objectName) const;
    /// What Ctrl+C copies when the keyboard focus is in this pane: the selected text of a value, or the selected
    /// rows of a table (tab-separated); empty otherwise.
    QString textToCopy() const;
    QList<QWidget*> focusChain() const;

    /// Rows selected in the end-user table: from two on, the footer offers "Revoke sessions of N end-users…".
    void setSelectionCount(int count);

    /// A revocation of this pane's end-user was sent: says so until the outcome arrives.
    void showRevoking();
    /// The outcome of a revocation of end-user `userId`, as a banner when that end-user is shown; reloads. After an
    /// unknown outcome, the next detail loaded says what is active now, and is recorded as a follow-up of `attempt`.
    void showRevocationOutcome(const QString& userId,
                               const RevocationOutcome& outcome,
                               const QString& text,
                               const std::optional<AuditEntry>& attempt);

signals:
    /// The server no longer knows the end-user shown (404).
    void userGone(const QString& userId);
    /// The detail was refused (403): the organization bar looks the role up again.
    void accessRefused(const UserAdmin::ApiError& error);
    /// Another end-user is shown, or their detail arrived or went away.
    void detailChanged();

private:
    void showPlaceholder();
    void onLoaded();
    void onLoadFailed(const ApiError& error);
    void setStale(bool stale);
    void updateRevokeReason();
    void checkUnknownRevocation(const EndUserDetail& detail);

    QPointer<ApiClient> m_client;
    Actions* m_actions = nullptr;
    AuditJournal* m_journal = nullptr;
    EndUserDetailLoader* m_loader = nullptr;
    InlineBanner* m_banner = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_loading = nullptr;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_scroll = nullptr;
    EndUserFacts* m_facts = nullptr;
    QWidget* m_footer = nullptr;
    QToolButton* m_revoke = nullptr;
    QToolButton* m_revokeBulk = nullptr; ///< shown while several end-users are selected
    QLabel* m_revokeReason = nullptr;
    QString m_slug;
    QString m_userId;
    QString m_email;
    QString m_goneUserId; ///< the "no longer exists" notice stays while nothing else is chosen
    /// The journal's attempt of an outcome-unknown revocation of the end-user shown: the next detail loaded tells
    /// what is active now.
    std::optional<AuditEntry> m_unknownRevocation;
};

} // namespace UserAdmin
