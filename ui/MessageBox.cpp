// SPDX-License-Identifier: MIT
#include "MessageBox.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QQueue>
#include <QTimer>

namespace UserAdmin {

namespace {

struct TestHook
{
    bool enabled = false;
    QQueue<MessageBox::Answer> answers;
    QList<MessageBox::Request> shown;
};

TestHook& hook()
{
    static TestHook instance;
    return instance;
}

QMessageBox::Icon toQt(MessageBox::Icon icon)
{
    switch (icon) {
    case MessageBox::Icon::Information:
        return QMessageBox::Information;
    case MessageBox::Icon::Warning:
        return QMessageBox::Warning;
    case MessageBox::Icon::Critical:
        return QMessageBox::Critical;
    case MessageBox::Icon::Question:
        break;
    }
    return QMessageBox::Question;
}

} // namespace

void MessageBox::ask(QWidget* parent, const Request& request, QObject* context, Callback done)
{
    if (hook().enabled) {
        hook().shown.append(request);
        Answer answer = Answer::Cancel;
        if (!hook().answers.isEmpty())
            answer = hook().answers.dequeue();
        if (request.acceptText.isEmpty())
            answer = Answer::Cancel;
        if (done && context)
            QTimer::singleShot(0, context, [done, answer] { done(answer); });
        return;
    }

    auto* box = new QMessageBox(toQt(request.icon), request.title, request.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(request.informativeText);
    // QMessageBox guesses the format of the informative text; user data in it must never render as markup.
    if (auto* informative = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);

    QPushButton* accept = nullptr;
    if (!request.acceptText.isEmpty())
        accept = box->addButton(request.acceptText, QMessageBox::AcceptRole);
    const QString cancelText = !request.cancelText.isEmpty() ? request.cancelText : accept ? tr("Cancel") : tr("Close");
    QPushButton* cancel = box->addButton(cancelText, QMessageBox::RejectRole);
    box->setEscapeButton(cancel);
    box->setDefaultButton(accept && request.acceptIsDefault ? accept : cancel);

    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done, guard] {
        const Answer answer = accept && box->clickedButton() == accept ? Answer::Accept : Answer::Cancel;
        if (done && guard)
            done(answer);
    });
    box->open();
}

void MessageBox::inform(QWidget* parent, Icon icon, const QString& title, const QString& text, const QString& info)
{
    Request request;
    request.icon = icon;
    request.title = title;
    request.text = text;
    request.informativeText = info;
    ask(parent, request, nullptr, {});
}

void MessageBox::setTestMode(bool enabled)
{
    hook().enabled = enabled;
    hook().answers.clear();
    hook().shown.clear();
}

bool MessageBox::testMode()
{
    return hook().enabled;
}

void MessageBox::answerNextWith(Answer answer)
{
    hook().answers.enqueue(answer);
}

QList<MessageBox::Request> MessageBox::shownRequests()
{
    return hook().shown;
}

void MessageBox::clearShownRequests()
{
    hook().shown.clear();
}

} // namespace UserAdmin
