#include "webhooksigner.h"

#include <QRandomGenerator>

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace packdesk::sync {

namespace {
const QLatin1String kPrefix{"whsec_"};
constexpr int kMinimumKeyBytes = 24;
} // namespace

struct WebhookSigner::KeyedMac
{
    EVP_MAC_CTX* context = nullptr;

    explicit KeyedMac(const QByteArray& key)
    {
        EVP_MAC* mac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
        if (!mac)
            return;
        context = EVP_MAC_CTX_new(mac);
        EVP_MAC_free(mac); // the context keeps its own reference
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        if (context
            && EVP_MAC_init(context, reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()),
                            params)
                   != 1) {
            EVP_MAC_CTX_free(context);
            context = nullptr;
        }
    }
    ~KeyedMac() { EVP_MAC_CTX_free(context); }
    KeyedMac(const KeyedMac&) = delete;
    KeyedMac& operator=(const KeyedMac&) = delete;
};

Result<WebhookSigner> WebhookSigner::fromSecrets(const QStringList& secrets)
{
    std::vector<std::shared_ptr<const KeyedMac>> macs;
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
        auto mac = std::make_shared<const KeyedMac>(decoded.decoded);
        if (!mac->context)
            return Error{QStringLiteral("crypto_unavailable"),
                         QStringLiteral("OpenSSL could not set up HMAC-SHA256 for the signing secret.")};
        macs.push_back(std::move(mac));
    }
    if (macs.empty())
        return Error{QStringLiteral("invalid_secret"), QStringLiteral("The endpoint has no signing secret.")};
    return WebhookSigner(std::move(macs));
}

QByteArray WebhookSigner::sign(const QByteArray& key, const QByteArray& messageId, qint64 timestampSeconds,
                               const QByteArray& body)
{
    const KeyedMac mac(key);
    return mac.context ? signWith(mac, messageId, timestampSeconds, body) : QByteArray();
}

QByteArray WebhookSigner::signWith(const KeyedMac& mac, const QByteArray& messageId, qint64 timestampSeconds,
                                   const QByteArray& body)
{
    // The signed content is "<id>.<timestamp>.<body>", fed in parts: no copy of the body.
    const QByteArray timestamp = QByteArray::number(timestampSeconds);
    EVP_MAC_CTX* context = EVP_MAC_CTX_dup(mac.context);
    if (!context)
        return {};
    const auto feed = [context](const QByteArray& part) {
        return EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(part.constData()), size_t(part.size()));
    };
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    const bool ok = feed(messageId) && feed(QByteArrayLiteral(".")) && feed(timestamp) && feed(QByteArrayLiteral("."))
                    && feed(body) && EVP_MAC_final(context, digest, &length, sizeof digest) == 1;
    EVP_MAC_CTX_free(context);
    if (!ok)
        return {};
    return "v1," + QByteArray(reinterpret_cast<const char*>(digest), int(length)).toBase64();
}

QByteArray WebhookSigner::signatureHeader(const QByteArray& messageId, qint64 timestampSeconds,
                                          const QByteArray& body) const
{
    QByteArray header;
    for (const auto& mac : m_macs) {
        if (!header.isEmpty())
            header += ' ';
        header += signWith(*mac, messageId, timestampSeconds, body);
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
