#include "webhooksigner.h"

#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace packdesk::sync {

namespace {
const QLatin1String kPrefix{"whsec_"};
constexpr int kMinimumKeyBytes = 24;
} // namespace

Result<WebhookSigner> WebhookSigner::fromSecrets(const QStringList& secrets)
{
    QList<QByteArray> keys;
    for (int i = 0; i < secrets.size(); ++i) {
        const QString& secret = secrets[i];
        if (!secret.startsWith(kPrefix))
            return Error{QStringLiteral("invalid_secret"),
                         QStringLiteral("Signing secret %1 does not start with whsec_.").arg(i + 1)};
        const auto decoded = QByteArray::fromBase64Encoding(secret.mid(kPrefix.size()).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() < kMinimumKeyBytes)
            return Error{QStringLiteral("invalid_secret"),
                         QStringLiteral("Signing secret %1 is not whsec_ followed by base64 of at least %2 bytes.")
                             .arg(i + 1)
                             .arg(kMinimumKeyBytes)};
        keys << decoded.decoded;
    }
    if (keys.isEmpty())
        return Error{QStringLiteral("invalid_secret"), QStringLiteral("The endpoint has no signing secret.")};
    return WebhookSigner(std::move(keys));
}

QByteArray WebhookSigner::sign(const QByteArray& key, const QByteArray& messageId, qint64 timestampSeconds,
                               const QByteArray& body)
{
    const QByteArray signedContent = messageId + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(signedContent.constData()),
         size_t(signedContent.size()), digest, &length);
    return "v1," + QByteArray(reinterpret_cast<const char*>(digest), int(length)).toBase64();
}

QByteArray WebhookSigner::signatureHeader(const QByteArray& messageId, qint64 timestampSeconds,
                                          const QByteArray& body) const
{
    QByteArray header;
    for (const QByteArray& key : m_keys) {
        if (!header.isEmpty())
            header += ' ';
        header += sign(key, messageId, timestampSeconds, body);
    }
    return header;
}

QString WebhookSigner::generateSecret()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / int(sizeof(quint32)));
    return kPrefix + QString::fromLatin1(key.toBase64());
}

} // namespace packdesk::sync
