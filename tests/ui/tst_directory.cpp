// SPDX-License-Identifier: MIT
// The local copy in the window, over real HTTP against sso-dev-server in the shapes that cannot search (--shape ref
// and --shape 2026): the first search asks once, then finds an end-user on page 40; sorting by email over the whole
// organization; export of exactly the matching rows; find-many; offline reading; forgetting removes the files.
#include "Actions.h"
#include "EndUserListPane.h"
#include "MainWindow.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "directory/DirectoryController.h"
#include "directory/DirectoryStore.h"
#include "directory/ExportEndUsersCommand.h"
#include "directory/FindEndUsersDialog.h"
#include "directory/IndexProgressBar.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {
const QString Owner = QStringLiteral("owner@acme.test");

struct ServerUser
{
    QString id;
    QString email;
};
} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DevServer> m_ref;
    std::unique_ptr<DevServer> m_2026;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditJournal> m_journal;

    DevServer& server(const QString& shape) { return shape == QStringLiteral("ref") ? *m_ref : *m_2026; }

    std::unique_ptr<MainWindow> makeWindow(DevServer& dev)
    {
        m_client = clientFor(dev, Owner);
        auto window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
        window->setSignedInMember(Owner);
        window->show();
        window->start(QStringLiteral("acme-corp"));
        return window;
    }

    /// Every end-user of acme-corp in the server's order, read over HTTP page by page.
    QList<ServerUser> allUsers(DevServer& dev)
    {
        QList<ServerUser> users;
        const QString token = dev.tokenFor(Owner);
        for (int page = 1; page < 1000; ++page) {
            const auto reply = dev.send(
                "GET", QStringLiteral("/api/organizations/acme-corp/users?limit=100&page=%1").arg(page), token);
            const QJsonArray rows = reply.json().value(QStringLiteral("users")).toArray();
            if (rows.isEmpty())
                break;
            for (const QJsonValue& row : rows) {
                const QJsonObject user = row.toObject().value(QStringLiteral("user")).toObject();
                users.append(
                    {user.value(QStringLiteral("id")).toString(), user.value(QStringLiteral("email")).toString()});
            }
        }
        return users;
    }

    void search(MainWindow& window, const QString& text)
    {
        QLineEdit* field = window.listPane()->searchField();
        field->setText(text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    bool waitForCopy(MainWindow& window)
    {
        QSignalSpy completed(window.directory(), &DirectoryController::copyCompleted);
        return window.directory()->hasCompleteCopy() || completed.wait(120000);
    }

    static QStringList emails(const EndUserTableModel* model)
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->userAt(row).email);
        return list;
    }

private slots:
    void initTestCase()
    {
        prepareUiTest("tst_directory");
        QSettings().clear();
        DirectoryStore::forgetAll();
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<AuditJournal>(m_dir.filePath(QStringLiteral("audit.jsonl")));
        const QStringList common {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("2600")};
        m_ref = std::make_unique<DevServer>(common + QStringList {QStringLiteral("--shape"), QStringLiteral("ref")});
        m_2026 = std::make_unique<DevServer>(common + QStringList {QStringLiteral("--shape"), QStringLiteral("2026")});
        QVERIFY2(m_ref->start(), qPrintable(m_ref->errorString()));
        QVERIFY2(m_2026->start(), qPrintable(m_2026->errorString()));
    }

    void init() { MessageBox::clearShownRequests(); }

    void searchAsksOnceThenFindsPage40_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("ref") << QStringLiteral("ref");
        QTest::newRow("2026") << QStringLiteral("2026");
    }

    void searchAsksOnceThenFindsPage40()
    {
        QFETCH(QString, shape);
        DevServer& dev = server(shape);
        const QList<ServerUser> users = allUsers(dev);
        QVERIFY(users.size() > 2000);
        const QString target = users.at(39 * 50 + 7).email; // page 40 of 50
        auto window = makeWindow(dev);
        EndUserTableModel* model = window->endUserModel();
        QVERIFY(waitForList(model));

        MessageBox::answerNextWith(MessageBox::Answer::Accept);
        search(*window, target.toUpper());
        QVERIFY(QTest::qWaitFor([] { return !MessageBox::shownRequests().isEmpty(); }, 10000));
        const MessageBox::Request asked = MessageBox::shownRequests().first();
        QCOMPARE(asked.acceptText, QStringLiteral("Make local copy"));
        QVERIFY(asked.informativeText.contains(QStringLiteral("never tokens or passwords")));
        QVERIFY(asked.informativeText.contains(QDir::toNativeSeparators(DirectoryStore::rootPath())));
        IndexProgressBar* bar = window->directory()->progressBar();
        QCOMPARE(bar->accessibleName(), QStringLiteral("Local index"));
        QVERIFY(QTest::qWaitFor([bar] { return bar->text().startsWith(QStringLiteral("Indexing Acme Corp")); }, 10000));
        QVERIFY(waitForCopy(*window));
        QVERIFY(QTest::qWaitFor([&] { return emails(model).contains(target); }, 10000));
        QVERIFY2(model->statusText().contains(QStringLiteral("(local copy, 0 minute")),
                 qPrintable(model->statusText()));

        // Once per organization: the next search is answered at once, without asking, and pages over all matches.
        search(*window, QStringLiteral("example"));
        QVERIFY(QTest::qWaitFor([&] { return model->query().search == QStringLiteral("example"); }, 5000));
        QCOMPARE(MessageBox::shownRequests().size(), 1);
        QVERIFY(model->pageInfo().total.value_or(0) > model->rowCount());
        QVERIFY(model->hasNextPage());
        window->actions()->nextPage->trigger();
        QCOMPARE(model->pageInfo().page, 2);
        QVERIFY(emails(model).first().contains(QStringLiteral("example"), Qt::CaseInsensitive));
        QCOMPARE(model->isFilteredLocally(), false);
    }

    void sortByEmailOverTheOrganization()
    {
        DevServer& dev = *m_2026;
        QList<ServerUser> users = allUsers(dev);
        std::sort(users.begin(), users.end(), [](const ServerUser& a, const ServerUser& b) {
            const QByteArray left = a.email.toLower().toUtf8(), right = b.email.toLower().toUtf8();
            return left != right ? left < right : a.id < b.id;
        });
        auto window = makeWindow(dev);
        EndUserTableModel* model = window->endUserModel();
        QVERIFY(waitForList(model));
        QHeaderView* header = window->listPane()->table()->horizontalHeader();
        // A click on the Email header.
        QTest::mouseClick(
            header->viewport(),
            Qt::LeftButton,
            {},
            QPoint(header->sectionViewportPosition(EndUserTableModel::EmailColumn) + 5, header->height() / 2));
        QVERIFY(QTest::qWaitFor([&] { return model->sortColumn() == EndUserTableModel::EmailColumn; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return model->localCopyBuiltAt().has_value() && model->rowCount() > 0; }, 60000));
        QCOMPARE(header->sortIndicatorSection(), int(EndUserTableModel::EmailColumn));
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(model->userAt(0).email, users.first().email);
        QCOMPARE(DirectoryStore::sortKey(), DirectoryQuery::SortKey::Email);
        // Descending: the last one first.
        header->setSortIndicator(EndUserTableModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(model->userAt(0).email, users.last().email);
        QCOMPARE(DirectoryStore::sortOrder(), Qt::DescendingOrder);
        header->setSortIndicator(-1, Qt::AscendingOrder);
        QCOMPARE(model->sortColumn(), -1);
    }

    void exportHasExactlyTheMatchingRows()
    {
        DevServer& dev = *m_2026;
        const QList<ServerUser> users = allUsers(dev);
        QSet<QString> expected;
        for (const ServerUser& user : users) {
            if (user.email.contains(QStringLiteral("shop"), Qt::CaseInsensitive))
                expected.insert(user.id);
        }
        QVERIFY(!expected.isEmpty());
        auto window = makeWindow(dev);
        QVERIFY(waitForList(window->endUserModel()));
        QVERIFY(waitForCopy(*window));
        search(*window, QStringLiteral("SHOP"));
        QVERIFY(
            QTest::qWaitFor([&] { return window->endUserModel()->query().search == QStringLiteral("SHOP"); }, 5000));
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        ExportEndUsersCommand::setTestFileName(path);
        QSignalSpy status(window->directory(), &DirectoryController::statusMessage);
        QVERIFY(window->actions()->exportEndUsers->isEnabled());
        window->actions()->exportEndUsers->trigger();
        QVERIFY(status.wait(30000));
        ExportEndUsersCommand::setTestFileName({});
        QVERIFY2(
            status.last().first().toString().startsWith(QStringLiteral("Exported %1 end-user").arg(expected.size())),
            qPrintable(status.last().first().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("id,email,created_at,last_login_at,mfa_enabled,services,identity_providers\r"));
        QSet<QString> exported;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                exported.insert(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(','))));
        }
        QCOMPARE(exported, expected);
    }

    void findManyReportsFoundAndNotFound()
    {
        DevServer& dev = *m_2026;
        auto window = makeWindow(dev);
        QVERIFY(waitForList(window->endUserModel()));
        QVERIFY(waitForCopy(*window));
        QSignalSpy chosen(window->directory(), &DirectoryController::foundUsersChosen);
        window->actions()->findEndUsers->trigger();
        auto* dialog = window->findChild<FindEndUsersDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->accessibleName(), QStringLiteral("Find end-users"));
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("findAddresses"))->accessibleName(),
                 QStringLiteral("Addresses"));
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("findResults"))->accessibleName(),
                 QStringLiteral("Results"));
        dialog->setText(QStringLiteral("Incident 7, affected:\n  JOHN@customer.com\n"
                                       "From: Jane <jane.doe@example.com>; nobody@nowhere.example.\n"
                                       "john@customer.com again\nzoë.müller@example.de\n"));
        dialog->find();
        QCOMPARE(dialog->summaryText(), QStringLiteral("3 found, 1 not found, 0 found more than once"));
        const QList<FoundAddress>& results = dialog->results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).status, FoundAddress::Status::Found);
        QCOMPARE(results.at(0).users.first().email, QStringLiteral("john@customer.com"));
        QCOMPARE(results.at(1).users.first().email, QStringLiteral("JANE.DOE@Example.COM"));
        QCOMPARE(results.at(2).status, FoundAddress::Status::NotFound);
        QCOMPARE(results.at(2).address, QStringLiteral("nobody@nowhere.example"));
        QCOMPARE(dialog->foundUsers().size(), 3);
        dialog->findChild<QPushButton*>(QStringLiteral("findChooseButton"))->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(window->directory()->chosenUsers().size(), 3);
        dialog->close();
    }

    void offlineCopyAnswersWhenTheServerIsGone()
    {
        // Last: the ref server stops.
        DevServer& dev = *m_ref;
        auto window = makeWindow(dev);
        EndUserTableModel* model = window->endUserModel();
        QVERIFY(waitForList(model));
        QVERIFY(waitForCopy(*window));
        dev.stop();
        window->actions()->refresh->trigger();
        QVERIFY(QTest::qWaitFor([&] { return model->isOfflineCopy(); }, 60000));
        QVERIFY2(model->statusText().contains(QStringLiteral("offline copy")), qPrintable(model->statusText()));
        search(*window, QStringLiteral("zoë.mü"));
        QVERIFY(QTest::qWaitFor([&] { return emails(model).contains(QStringLiteral("zoë.müller@example.de")); }, 5000));
        QVERIFY(model->isOfflineCopy());
    }

    void forgetRemovesTheFiles()
    {
        auto window = makeWindow(*m_2026);
        QVERIFY(waitForList(window->endUserModel()));
        const QStringList files = DirectoryStore::files();
        QVERIFY(files.size() >= 2);
        for (const QString& file : files)
            QVERIFY(QFile::exists(file));
        MessageBox::answerNextWith(MessageBox::Answer::Accept);
        window->actions()->forgetLocalCopies->trigger();
        QVERIFY(QTest::qWaitFor([] { return DirectoryStore::files().isEmpty(); }, 5000));
        for (const QString& file : files) {
            QVERIFY(!QFile::exists(file));
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        }
        QVERIFY(!window->directory()->hasCompleteCopy());
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
