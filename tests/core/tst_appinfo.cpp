// SPDX-License-Identifier: MIT
#include "core/AppInfo.h"

#include <QTest>

using namespace UserAdmin;

class TestAppInfo : public QObject
{
    Q_OBJECT
private slots:
    void versionTextNamesEverything()
    {
        const QString text = AppInfo::versionText();
        QVERIFY(text.contains(AppInfo::version()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(!AppInfo::gitRevision().isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(AppInfo::version()).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
