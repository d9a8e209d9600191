#pragma once

// Shared fixtures of the card tests: a typical order, a template directory
// in a temp dir, and poppler's text tools on a rendered PDF.

#include "printing/cardrenderer.h"
#include "support/cardsamples.h"
#include "support/pdfraster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <vector>

namespace packdesk::testing {

inline printing::CardInput cardInput(const Order& order = cardOrder())
{
    printing::CardInput input;
    input.order = order;
    input.shop.displayName = QStringLiteral("Acme Coffee");
    input.shop.returnAddressLines = {QStringLiteral("Acme"), QStringLiteral("Dock 1")};
    input.codes.surveyToken = QStringLiteral("tK7-q9Zr_x2");
    input.codes.rmaCode = QStringLiteral("RMA-1");
    return input;
}

/// The built-in English card as JSON, to change one key in a test.
inline QJsonObject builtInCard(const QString& language = QStringLiteral("en"))
{
    QFile file(QStringLiteral(":/packdesk/templates/default/card.%1.json").arg(language));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Writes <dir>/acme/card.<language>.json.
inline void writeShopCard(const QTemporaryDir& dir, const QJsonObject& card,
                          const QString& language = QStringLiteral("en"))
{
    QDir(dir.path()).mkpath(QStringLiteral("acme"));
    QFile file(dir.filePath(QStringLiteral("acme/card.%1.json").arg(language)));
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(card).toJson());
}

/// Runs a poppler tool (pdftotext, pdfimages, pdfinfo) on the PDF; its stdout.
inline QString runPoppler(const QString& program, QStringList arguments, const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card.pdf"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    arguments << path;
    if (program == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-"); // to stdout
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QByteArray& pdf)
{
    return runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, pdf);
}

struct WordBox
{
    QString word;
    QRectF box; ///< points
};

/// Every word with its box, from `pdftotext -bbox`.
inline std::vector<WordBox> pdfWordBoxes(const QByteArray& pdf)
{
    const QString html = runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox")}, pdf);
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    std::vector<WordBox> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.push_back({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                               QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

/// Every word pdftotext finds lies inside the page (nothing drawn off it).
inline void expectEveryWordInsidePage(const QByteArray& pdf)
{
    const QSizeF page = pdfPageSizePoints(pdf);
    ASSERT_TRUE(page.isValid());
    const QRectF pageRect(QPointF(0, 0), page);
    const auto words = pdfWordBoxes(pdf);
    ASSERT_GT(words.size(), 20u);
    for (const WordBox& word : words)
        EXPECT_TRUE(pageRect.contains(word.box))
            << word.word.toStdString() << " at " << word.box.x() << "," << word.box.y() << " "
            << word.box.width() << "x" << word.box.height();
}

} // namespace packdesk::testing
