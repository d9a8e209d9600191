-- wrk: the same request shape the sender posts (headers and a ~700-byte body).
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.headers["webhook-id"] = "msg_p5jXN8AQM9LWM0D4loKWxJek"
wrk.headers["webhook-timestamp"] = "1614265330"
wrk.headers["webhook-signature"] = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
wrk.body = string.rep("x", 700)
