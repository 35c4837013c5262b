// SPDX-License-Identifier: MIT
#include "risk/RiskEventTableModel.h"

#include "format/DisplayText.h"
#include "models/PlainTooltip.h"
#include "models/SignInTableModel.h"

#include <QLocale>

namespace UserAdmin {

RiskEventTableModel::RiskEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int RiskEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RiskEventTableModel::setEvents(const QList<RiskEvent>& events)
{
    beginResetModel();
    m_rows = events;
    endResetModel();
}

QString RiskEventTableModel::actionText(const RiskEvent& event)
{
    switch (event.action) {
    case RiskEvent::Action::Allow:
        //: What the server did with a risky sign-in
        return tr("allowed");
    case RiskEvent::Action::ChallengeMfa:
        //: What the server did with a risky sign-in: it asked for the second factor
        return tr("asked for MFA");
    case RiskEvent::Action::Block:
        //: What the server did with a risky sign-in
        return tr("blocked");
    case RiskEvent::Action::Other:
        break;
    }
    return event.actionText.isEmpty() ? DisplayText::unknown() : event.actionText;
}

QString RiskEventTableModel::scoreText(int score)
{
    return SignInTableModel::riskText(score);
}

QString RiskEventTableModel::emailText(const RiskEvent& event)
{
    if (event.userEmail && !event.userEmail->isEmpty())
        return *event.userEmail;
    //: Email of a risky sign-in whose account the server no longer names (deleted)
    return tr("Unknown (deleted account?)");
}

QVariant RiskEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskEvent& event = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::timestamp(event.createdAt, false);
        case EmailColumn:
            return emailText(event);
        case ScoreColumn:
            return scoreText(event.riskScore);
        case ActionColumn:
            return actionText(event);
        case PlaceColumn: {
            SignInEvent place;
            place.country = event.country;
            place.city = event.city;
            return SignInTableModel::placeText(place);
        }
        case IpColumn:
            return event.ipAddress.value_or(DisplayText::unknown());
        case ProviderColumn:
            return event.provider;
        case FactorsColumn:
            //: No risk factors
            return event.riskFactors.isEmpty() ? tr("None") : event.riskFactors.join(QLatin1String(", "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return DisplayText::timestampTooltip(event.createdAt);
        if (index.column() == EmailColumn)
            return plainTooltip(emailText(event));
    }
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RiskEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EmailColumn:
        return tr("Email");
    case ScoreColumn:
        //: Column: the risk score of a sign-in with its level
        return tr("Score");
    case ActionColumn:
        //: Column: what the server did with the sign-in
        return tr("Action taken");
    case PlaceColumn:
        return tr("Place");
    case IpColumn:
        return tr("IP address");
    case ProviderColumn:
        return tr("Provider");
    case FactorsColumn:
        return tr("Risk factors");
    default:
        return {};
    }
}

} // namespace UserAdmin
