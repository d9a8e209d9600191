#include "cupsdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <netinet/in.h>
#include <set>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QFileInfo>

namespace packdesk::testing {

namespace {
/// dirbackend.sh, whose path every target that compiles the fixture defines.
QString backendScript()
{
    return QStringLiteral(PACKDESK_DIRBACKEND_SCRIPT);
}

std::mutex g_liveMutex;
std::set<pid_t> g_live; ///< cupsd processes still running, killed at exit whatever happens

void killLeftovers()
{
    std::lock_guard lock(g_liveMutex);
    for (pid_t pid : g_live)
        ::kill(pid, SIGKILL);
    g_live.clear();
}

void track(pid_t pid)
{
    static const bool registered = [] { return std::atexit(killLeftovers) == 0; }();
    Q_UNUSED(registered);
    std::lock_guard lock(g_liveMutex);
    g_live.insert(pid);
}

void untrack(pid_t pid)
{
    std::lock_guard lock(g_liveMutex);
    g_live.erase(pid);
}

Error fixtureError(const QString& message)
{
    return Error{QStringLiteral("cupsd_fixture"), message};
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

bool answers(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}
} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

CupsdFixture::CupsdFixture() = default;

CupsdFixture::~CupsdFixture()
{
    stop();
}

QString CupsdFixture::server() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString CupsdFixture::outputDir(const QString& queue) const
{
    return m_root + QStringLiteral("/out/") + queue;
}

QString CupsdFixture::errorLog() const
{
    QFile log(m_root + QStringLiteral("/log/error_log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

Result<void> CupsdFixture::prepare()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/packdesk-cupsd-XXXXXX"));
    if (!m_dir->isValid())
        return fixtureError(QStringLiteral("cannot create a temporary directory"));
    m_root = m_dir->path();
    // cupsd runs backends as lp: it must reach the output directories.
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QDir root(m_root);
    for (const char* sub : {"etc", "etc/ppd", "spool", "spool/tmp", "cache", "state", "log", "out", "serverbin/backend"})
        if (!root.mkpath(QString::fromLatin1(sub)))
            return fixtureError(QStringLiteral("cannot create %1/%2").arg(m_root, QString::fromLatin1(sub)));
    // ServerBin: the system's filters and helpers, plus our backend.
    const QDir system(QStringLiteral("/usr/lib/cups"));
    for (const QString& entry : system.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (entry != QLatin1String("backend"))
            QFile::link(system.filePath(entry), m_root + QStringLiteral("/serverbin/") + entry);
    const QDir backends(QStringLiteral("/usr/lib/cups/backend"));
    for (const QString& entry : backends.entryList(QDir::Files))
        QFile::link(backends.filePath(entry), m_root + QStringLiteral("/serverbin/backend/") + entry);
    const QString backend = m_root + QStringLiteral("/serverbin/backend/dirbackend");
    if (!QFile::copy(backendScript(), backend))
        return fixtureError(QStringLiteral("cannot copy dirbackend.sh"));
    // 0755: CUPS refuses backends others may write, and runs 0755 ones as lp.
    QFile::setPermissions(backend, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                       | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    const bool asRoot = ::geteuid() == 0;
    const QString files = QStringLiteral(
        "ServerRoot %1/etc\nRequestRoot %1/spool\nTempDir %1/spool/tmp\nCacheDir %1/cache\nStateDir %1/state\n"
        "ServerBin %1/serverbin\nDataDir /usr/share/cups\nDocumentRoot /usr/share/cups/doc-root\n"
        "AccessLog %1/log/access_log\nErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
        "Printcap %1/printcap\nFileDevice Yes\nSystemGroup %2\n%3")
        .arg(m_root, asRoot ? QStringLiteral("root") : QString::fromLocal8Bit(qgetenv("USER")),
             asRoot ? QStringLiteral("User lp\nGroup lp\n") : QString());
    const QString conf = QStringLiteral(
        "Listen 127.0.0.1:%1\nBrowsing No\nWebInterface No\nDefaultAuthType None\nLogLevel info\n"
        "PreserveJobHistory Yes\nPreserveJobFiles No\nJobRetryInterval 1\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        .arg(m_port);
    if (!writeFile(m_root + QStringLiteral("/cups-files.conf"), files.toUtf8())
        || !writeFile(m_root + QStringLiteral("/cupsd.conf"), conf.toUtf8()))
        return fixtureError(QStringLiteral("cannot write the cupsd configuration"));
    return {};
}

Result<void> CupsdFixture::start()
{
    if (running())
        return {};
    if (!m_dir) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return fixtureError(QStringLiteral("no free loopback port"));
        if (auto prepared = prepare(); !prepared)
            return prepared;
    }
    const QByteArray conf = (m_root + QStringLiteral("/cupsd.conf")).toLocal8Bit();
    const QByteArray files = (m_root + QStringLiteral("/cups-files.conf")).toLocal8Bit();
    const char* argv[] = {"/usr/sbin/cupsd", "-f", "-c", conf.constData(), "-s", files.constData(), nullptr};
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        return fixtureError(QStringLiteral("fork failed"));
    if (pid == 0) {
        // Dies with the test process, whatever way that ends.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        ::execv(argv[0], const_cast<char* const*>(argv));
        ::_exit(127);
    }
    m_pid = pid;
    track(pid);
    const QDeadlineTimer deadline(10000);
    while (!answers(m_port)) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            untrack(m_pid);
            m_pid = -1;
            return fixtureError(QStringLiteral("cupsd exited at start: %1").arg(errorLog().right(2000)));
        }
        if (deadline.hasExpired()) {
            stop();
            return fixtureError(QStringLiteral("cupsd did not answer within 10 s"));
        }
        QThread::msleep(20);
    }
    return {};
}

void CupsdFixture::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    const QDeadlineTimer deadline(5000);
    int status = 0;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (deadline.hasExpired()) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            break;
        }
        QThread::msleep(10);
    }
    untrack(m_pid);
    m_pid = -1;
}

Result<void> CupsdFixture::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUPS_SERVER"), server());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return fixtureError(QStringLiteral("%1 %2 failed: %3")
                                .arg(program, arguments.join(QLatin1Char(' ')),
                                     QString::fromLocal8Bit(process.readAllStandardError())));
    }
    return {};
}

Result<void> CupsdFixture::addQueue(const QString& name)
{
    const QString dir = outputDir(name);
    if (!QDir().mkpath(dir))
        return fixtureError(QStringLiteral("cannot create %1").arg(dir));
    ::chmod(dir.toLocal8Bit().constData(), 0777); // the backend runs as lp
    return run(QStringLiteral("/usr/sbin/lpadmin"),
               {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                QStringLiteral("dirbackend:") + dir, QStringLiteral("-m"), QStringLiteral("raw")});
}

Result<void> CupsdFixture::disable(const QString& name)
{
    return run(QStringLiteral("/usr/sbin/cupsdisable"), {name});
}

Result<void> CupsdFixture::enable(const QString& name)
{
    return run(QStringLiteral("/usr/sbin/cupsenable"), {name});
}

Result<void> CupsdFixture::reject(const QString& name)
{
    return run(QStringLiteral("/usr/sbin/cupsreject"), {name});
}

std::vector<std::pair<int, QByteArray>> CupsdFixture::printedJobs(const QString& queue) const
{
    std::vector<std::pair<int, QByteArray>> jobs;
    const QDir dir(outputDir(queue));
    for (const QString& name : dir.entryList({QStringLiteral("job-*")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            jobs.emplace_back(name.mid(4).toInt(), file.readAll());
    }
    std::sort(jobs.begin(), jobs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return jobs;
}

bool CupsdFixture::waitForPrinted(const QString& queue, int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (int(printedJobs(queue).size()) < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace packdesk::testing
