#include "sync/requesthead.h"

#include <gtest/gtest.h>

using packdesk::sync::RequestHead;

TEST(SyncApiRequestHead, WaitsForTheBlankLine)
{
    EXPECT_EQ(RequestHead::parse("POST /api/v1/orders HTTP/1.1\r\nContent-Length: 5\r\n").state,
              RequestHead::State::Incomplete);
}

TEST(SyncApiRequestHead, ReadsLengthAndHeadSize)
{
    const QByteArray head = "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\ncontent-length:  42 \r\n\r\n";
    const RequestHead parsed = RequestHead::parse(head + "{\"shop\"");
    ASSERT_EQ(parsed.state, RequestHead::State::Complete);
    EXPECT_EQ(parsed.contentLength, 42);
    EXPECT_EQ(parsed.headBytes, head.size());
    EXPECT_FALSE(parsed.chunked);
}

TEST(SyncApiRequestHead, FlagsChunkedAndExpectContinue)
{
    const RequestHead parsed =
        RequestHead::parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
    ASSERT_EQ(parsed.state, RequestHead::State::Complete);
    EXPECT_TRUE(parsed.chunked);
    EXPECT_TRUE(parsed.expectContinue);
}

TEST(SyncApiRequestHead, RefusesTwoLengthsAndGarbage)
{
    EXPECT_EQ(RequestHead::parse("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n").state,
              RequestHead::State::Malformed);
    EXPECT_EQ(RequestHead::parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").state,
              RequestHead::State::Malformed);
    EXPECT_EQ(RequestHead::parse("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n").state,
              RequestHead::State::Malformed);
    EXPECT_EQ(RequestHead::parse("hello there\r\n\r\n").state, RequestHead::State::Malformed);
}
