#pragma once

#include <QSet>
#include <QString>

namespace packdesk {

/// Hands out one shared copy of text that repeats across the orders of a
/// file (shop, country, locale, URL templates, SKUs, product names,
/// barcodes). A 100,000-order import keeps every order in memory for its
/// one all-or-nothing write, and without sharing most of that memory would
/// be the same few hundred strings over and over.
class StringPool
{
public:
    /// Stops growing past this many distinct strings, so hostile input with
    /// nothing in common cannot make the pool the problem.
    explicit StringPool(qsizetype maxEntries = 100000) : m_maxEntries(maxEntries) {}

    /// The pooled copy equal to text (sharing its data), or text itself.
    QString shared(QString&& text);

private:
    QSet<QString> m_strings;
    qsizetype m_maxEntries;
};

} // namespace packdesk
