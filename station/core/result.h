#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace packdesk {

/// An error that crosses a module boundary as a value: a stable machine code
/// (for tests, logs and the UI's choice of message) and a sentence for people.
struct Error
{
    QString code;
    QString message;
};

/// Either a value or an Error. Libraries return this instead of throwing.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(QString code, QString message) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (auto& x : f().value())` must not dangle.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A result with nothing to return on success.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    static Result failure(QString code, QString message) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace packdesk
