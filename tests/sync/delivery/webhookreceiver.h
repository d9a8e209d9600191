#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <gtest/gtest.h>

#include <csignal>

namespace packdesk::deliverytesting {

/// The Node receiver (receiver.mjs) as a child process on a free loopback
/// port; stopped by its process id when the test ends.
class WebhookReceiver
{
public:
    WebhookReceiver()
    {
        m_process.setWorkingDirectory(QStringLiteral(TESTS_NODE_DIR));
        m_process.setProgram(QStringLiteral("node"));
        m_process.setArguments({QStringLiteral(RECEIVER_SCRIPT)});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10'000) || !m_process.waitForReadyRead(10'000)) {
            ADD_FAILURE() << "the node receiver did not start: " << m_process.readAllStandardError().toStdString();
            return;
        }
        m_port = QJsonDocument::fromJson(m_process.readLine()).object().value(QLatin1String("port")).toInt();
        EXPECT_GT(m_port, 0);
    }
    ~WebhookReceiver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(5'000);
        }
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks").arg(m_port); }

    /// Secrets it verifies with (any one), answers in order, then `fallback`.
    void configure(const QStringList& secrets, const QStringList& script, const QString& fallback = QStringLiteral("200"))
    {
        call("/control/config", QJsonDocument(QJsonObject{{"secrets", QJsonArray::fromStringList(secrets)},
                                                          {"script", QJsonArray::fromStringList(script)},
                                                          {"fallback", fallback}})
                                    .toJson());
    }

    QJsonObject report() { return QJsonDocument::fromJson(call("/control/report", {})).object(); }
    QJsonArray attempts() { return report().value(QLatin1String("attempts")).toArray(); }
    QJsonArray delivered() { return report().value(QLatin1String("delivered")).toArray(); }

private:
    QByteArray call(const char* path, const QByteArray& body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = body.isEmpty() ? m_network.get(request) : m_network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        EXPECT_TRUE(reply->isFinished() && reply->error() == QNetworkReply::NoError) << path;
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    QProcess m_process;
    QNetworkAccessManager m_network;
    int m_port = 0;
};

} // namespace packdesk::deliverytesting
