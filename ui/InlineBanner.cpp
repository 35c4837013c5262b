// SPDX-License-Identifier: MIT
#include "InlineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {

QColor mixed(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

InlineBanner::InlineBanner(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    //: Accessible name of the message strip above a table or pane
    setAccessibleName(tr("Notice"));

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // Copied first: the callback may show another message, which replaces it.
        const std::function<void()> callback = m_callback;
        if (callback)
            callback();
    });

    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
}

void InlineBanner::showMessage(
    Kind kind, const QString& text, const QString& detail, const QString& actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const bool hasAction = !actionText.isEmpty() && action;
    m_callback = hasAction ? std::move(action) : std::function<void()>();
    m_action->setText(hasAction ? actionText : QString());
    m_action->setAccessibleName(hasAction ? actionText : QString());
    m_action->setVisible(hasAction);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyColors();
    QFrame::show();
    setAccessibleDescription(this->text());
}

void InlineBanner::show(const Notice& notice)
{
    showMessage(notice.severity, notice.text, notice.detail, notice.actionText, notice.action);
}

void InlineBanner::clear()
{
    m_text->clear();
    m_detail->clear();
    m_callback = nullptr;
    hide();
}

QString InlineBanner::text() const
{
    if (isHidden())
        return {};
    return m_detail->text().isEmpty() ? m_text->text() : m_text->text() + QLatin1Char('\n') + m_detail->text();
}

void InlineBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_applyingColors)
        applyColors();
}

void InlineBanner::applyColors()
{
    // A light tint of the window colour keeps the palette's own text colour readable, light or dark.
    QColor tint(0x3b, 0x82, 0xf6);
    if (m_kind == Kind::Success)
        tint = QColor(0x22, 0xa0, 0x4b);
    else if (m_kind == Kind::Warning)
        tint = QColor(0xe0, 0xa0, 0x00);
    else if (m_kind == Kind::Error)
        tint = QColor(0xdc, 0x35, 0x35);
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    pal.setColor(QPalette::Window, mixed(pal.color(QPalette::Window), tint, 0.18));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::WindowText));
    // Setting the palette sends a PaletteChange to this widget again.
    m_applyingColors = true;
    setPalette(pal);
    m_applyingColors = false;
}

} // namespace UserAdmin
