#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace packdesk::sync {

/// Signs webhook messages as the Standard Webhooks specification says:
/// `v1,` + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")), where the key
/// is the base64 part of a `whsec_` secret. During a secret rotation a
/// message carries one signature per active secret, space separated, so the
/// shop can verify with either while it switches.
class WebhookSigner
{
public:
    /// invalid_secret when a secret lacks the whsec_ prefix, is not base64,
    /// or is shorter than 24 bytes (the spec asks for 24 to 64).
    static Result<WebhookSigner> fromSecrets(const QStringList& secrets);

    /// The webhook-signature header value for these exact body bytes.
    QByteArray signatureHeader(const QByteArray& messageId, qint64 timestampSeconds, const QByteArray& body) const;

    /// One signature, for tests against the spec's own vector.
    static QByteArray sign(const QByteArray& key, const QByteArray& messageId, qint64 timestampSeconds,
                           const QByteArray& body);

    /// A new secret: whsec_ + base64 of 32 random bytes from the OS.
    static QString generateSecret();

private:
    /// An HMAC-SHA256 context with the key already set up, copied for each
    /// message: setting up OpenSSL's MAC and key for every webhook was a
    /// fifth of the sender's time.
    struct KeyedMac;

    explicit WebhookSigner(std::vector<std::shared_ptr<const KeyedMac>> macs) : m_macs(std::move(macs)) {}
    static QByteArray signWith(const KeyedMac& mac, const QByteArray& messageId, qint64 timestampSeconds,
                               const QByteArray& body);

    std::vector<std::shared_ptr<const KeyedMac>> m_macs; ///< shared: copies of a signer share the contexts
};

} // namespace packdesk::sync
