#pragma once

#include <QString>

namespace packdesk::store {

/// Stored form of a packer's PIN: PBKDF2-HMAC-SHA256 with a random 16-byte
/// salt, as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
///
/// A 4-6 digit PIN cannot resist an attacker who has the database file, however
/// slow the hash; the hash keeps PINs out of plain sight (backups, support
/// copies) and makes a stolen file cost real work per PIN. The iteration count
/// is stored, so it can be raised later without invalidating existing PINs.
class PinHash
{
public:
    static constexpr int kIterations = 100'000;

    /// Empty when the system's random source fails (the caller reports it).
    static QString create(const QString& pin, int iterations = kIterations);
    /// Constant-time comparison; false for anything that is not a valid stored form.
    static bool verify(const QString& pin, const QString& stored);
};

} // namespace packdesk::store
