// SPDX-License-Identifier: MIT
#include "models/SignInTableModel.h"

#include "format/DisplayText.h"
#include "format/UserAgentText.h"
#include "models/PlainTooltip.h"

#include <QLocale>

namespace UserAdmin {

SignInTableModel::SignInTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int SignInTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignInTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SignInTableModel::levelName(SignInEvent::RiskLevel level)
{
    switch (level) {
    case SignInEvent::RiskLevel::Low:
        //: Risk level of a sign-in
        return tr("low");
    case SignInEvent::RiskLevel::Medium:
        //: Risk level of a sign-in
        return tr("medium");
    case SignInEvent::RiskLevel::High:
        break;
    }
    //: Risk level of a sign-in
    return tr("high");
}

QString SignInTableModel::riskText(const std::optional<int>& score)
{
    if (!score)
        return DisplayText::unknown();
    //: %1 is a risk score from 0 to 100, %2 its level such as "high"
    return tr("%1 (%2)").arg(QLocale().toString(*score), levelName(SignInEvent::levelOf(*score)));
}

QString SignInTableModel::placeText(const SignInEvent& event)
{
    if (event.city && event.country)
        //: %1 is a city, %2 a country code
        return tr("%1, %2").arg(*event.city, *event.country);
    if (event.country)
        return *event.country;
    if (event.city)
        return *event.city;
    return DisplayText::unknown();
}

QVariant SignInTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignInEvent& event = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::timestamp(event.createdAt, false);
        case ServiceColumn:
            return event.serviceName.value_or(DisplayText::unknown());
        case ProviderColumn:
            return event.provider;
        case IpColumn:
            return event.ipAddress.value_or(DisplayText::unknown());
        case PlaceColumn:
            return placeText(event);
        case RiskColumn:
            return riskText(event.riskScore);
        case FactorsColumn:
            if (event.riskFactors.isEmpty())
                //: Risk factors of a sign-in the server found nothing unusual about
                return tr("none");
            //: Separator between risk factors in one table cell
            return event.riskFactors.join(tr(", "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return DisplayText::timestampTooltip(event.createdAt);
        case IpColumn:
            return plainTooltip(UserAgentText::shortForm(event.userAgent.value_or(QString())));
        case FactorsColumn:
            return plainTooltip(event.riskFactors.join(QLatin1Char('\n')));
        default:
            return {};
        }
    }
    return {};
}

QVariant SignInTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: Column header: when the sign-in happened
        return tr("Time");
    case ServiceColumn:
        //: Column header: the service signed in to
        return tr("Service");
    case ProviderColumn:
        //: Column header: identity provider such as github
        return tr("Provider");
    case IpColumn:
        //: Column header
        return tr("IP address");
    case PlaceColumn:
        //: Column header: city and country of the sign-in
        return tr("Place");
    case RiskColumn:
        //: Column header: the risk score the server gave the sign-in
        return tr("Risk");
    case FactorsColumn:
        //: Column header: why the server thought the sign-in risky
        return tr("Risk factors");
    default:
        return {};
    }
}

void SignInTableModel::setSignIns(const QList<SignInEvent>& signIns)
{
    beginResetModel();
    m_rows = signIns;
    endResetModel();
}

} // namespace UserAdmin
