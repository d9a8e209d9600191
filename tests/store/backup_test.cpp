#include "storetesting.h"

#include <QFile>

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

using BackupTest = StoreTest;

TEST_F(BackupTest, ABackupOpensWithTheSameOrdersPackersAndOpenSession)
{
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1001")),
            orderOf(QStringLiteral("acme"), QStringLiteral("1002"))});
    ASSERT_OK(store->upsertPacker({QStringLiteral("L01"), QStringLiteral("Lead"), QStringLiteral("en"), true},
                                  QStringLiteral("4711")));
    const OpenedSession open = mustOpen(QStringLiteral("1002"), QStringLiteral("S1"));

    const QString backupPath = filePath(QStringLiteral("backup.db"));
    ASSERT_OK(store->backupTo(backupPath));
    EXPECT_FALSE(QFile::exists(backupPath + QStringLiteral(".part")));

    auto copy = openStore(backupPath);
    ASSERT_TRUE(copy);
    auto original = store->listOrders();
    auto copied = copy->listOrders();
    ASSERT_OK(original);
    ASSERT_OK(copied);
    ASSERT_EQ(copied->size(), 2u);
    for (std::size_t i = 0; i < copied->size(); ++i) {
        EXPECT_EQ(copied->at(i).reference(), original->at(i).reference());
        EXPECT_EQ(copied->at(i).status, original->at(i).status);
        EXPECT_EQ(copied->at(i).customer.name, original->at(i).customer.name);
        EXPECT_EQ(copied->at(i).lines.size(), original->at(i).lines.size());
    }
    EXPECT_OK(copy->authenticate(QStringLiteral("L01"), QStringLiteral("4711")));
    auto active = copy->activeSession(QStringLiteral("S1"));
    ASSERT_OK(active);
    ASSERT_TRUE(active.value().has_value());
    EXPECT_EQ(active.value()->sessionId, open.sessionId);
    auto raw = openRaw(backupPath);
    ASSERT_TRUE(raw);
    auto check = raw->prepare("PRAGMA integrity_check");
    ASSERT_OK(check);
    ASSERT_TRUE(check->step().value());
    EXPECT_EQ(check->text(0), QStringLiteral("ok"));
}

TEST_F(BackupTest, ANewBackupReplacesAnOlderOne)
{
    const QString backupPath = filePath(QStringLiteral("backup.db"));
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1001"))});
    ASSERT_OK(store->backupTo(backupPath));
    import({orderOf(QStringLiteral("acme"), QStringLiteral("1002"))});
    ASSERT_OK(store->backupTo(backupPath));
    auto copy = openStore(backupPath);
    ASSERT_TRUE(copy);
    auto copied = copy->listOrders();
    ASSERT_OK(copied);
    EXPECT_EQ(copied->size(), 2u);
}

TEST_F(BackupTest, ABackupIntoAMissingFolderFailsWithAStorageError)
{
    auto result = store->backupTo(filePath(QStringLiteral("no/such/folder/backup.db")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("storage"));
}

} // namespace
