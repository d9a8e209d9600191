#include "videoscanner.h"

#include <QElapsedTimer>
#include <QImage>
#include <QVideoFrame>

namespace packdesk::scanning {

namespace {

FramePixelFormat framePixelFormat(QVideoFrameFormat::PixelFormat format)
{
    // QVideoFrameFormat names are in memory byte order.
    switch (format) {
    case QVideoFrameFormat::Format_Y8: return FramePixelFormat::Y8;
    case QVideoFrameFormat::Format_NV12: return FramePixelFormat::Nv12;
    case QVideoFrameFormat::Format_NV21: return FramePixelFormat::Nv21;
    case QVideoFrameFormat::Format_YUV420P: return FramePixelFormat::Yuv420p;
    case QVideoFrameFormat::Format_YV12: return FramePixelFormat::Yv12;
    case QVideoFrameFormat::Format_YUV422P: return FramePixelFormat::Yuv422p;
    case QVideoFrameFormat::Format_YUYV: return FramePixelFormat::Yuyv;
    case QVideoFrameFormat::Format_UYVY: return FramePixelFormat::Uyvy;
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888: return FramePixelFormat::Bgrx;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888: return FramePixelFormat::Rgbx;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888: return FramePixelFormat::Xrgb;
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888: return FramePixelFormat::Xbgr;
    default: return FramePixelFormat::Unsupported;
    }
}

} // namespace

VideoFrameView viewOfMappedFrame(const QVideoFrame& mapped)
{
    VideoFrameView view;
    view.format = framePixelFormat(mapped.pixelFormat());
    view.width = mapped.width();
    view.height = mapped.height();
    view.plane0 = mapped.bits(0);
    view.plane0BytesPerLine = mapped.bytesPerLine(0);
    return view;
}

/// Runs the frame pipeline in the scanner's thread.
class VideoScanWorker : public QObject
{
    Q_OBJECT
public:
    VideoScanWorker(FramePipelineSettings settings, std::shared_ptr<std::atomic<bool>> busy,
                    std::shared_ptr<std::atomic<quint64>> decoded)
        : m_pipeline(settings), m_busy(std::move(busy)), m_decoded(std::move(decoded))
    {
        m_clock.start();
    }

    void process(QVideoFrame frame)
    {
        const QStringList texts = decode(frame);
        m_decoded->fetch_add(1);
        // Free before reporting, so the next frame is taken while the UI
        // thread handles these results.
        m_busy->store(false);
        if (!texts.isEmpty())
            Q_EMIT found(texts);
    }

Q_SIGNALS:
    void found(const QStringList& scannerTexts);

private:
    QStringList decode(QVideoFrame& frame)
    {
        QStringList texts;
        const std::int64_t now = m_clock.elapsed();
        std::vector<DecodedBarcode> fresh;
        if (framePixelFormat(frame.pixelFormat()) != FramePixelFormat::Unsupported
            && frame.map(QVideoFrame::ReadOnly)) {
            fresh = m_pipeline.process(viewOfMappedFrame(frame), now);
            frame.unmap();
        } else {
            // MJPEG and exotic formats: Qt converts; slower, but still works.
            const QImage grey = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
            VideoFrameView view{FramePixelFormat::Y8, grey.width(), grey.height(), grey.constBits(),
                                static_cast<int>(grey.bytesPerLine())};
            fresh = m_pipeline.process(view, now);
        }
        for (const DecodedBarcode& code : fresh)
            texts.append(code.scannerText());
        return texts;
    }

    FramePipeline m_pipeline;
    std::shared_ptr<std::atomic<bool>> m_busy;
    std::shared_ptr<std::atomic<quint64>> m_decoded;
    QElapsedTimer m_clock;
};

VideoScanner::VideoScanner(FramePipelineSettings settings, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("packdesk-video-scanner"));
    m_worker = new VideoScanWorker(settings, m_busy, m_decoded);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VideoScanWorker::found, this, [this](const QStringList& texts) {
        for (const QString& text : texts)
            Q_EMIT scanned(text);
    });
    m_thread.start();
}

VideoScanner::~VideoScanner()
{
    disconnect(m_frameConnection);
    m_thread.quit();
    m_thread.wait();
}

void VideoScanner::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_frameConnection);
    m_sink = sink;
    if (sink)
        m_frameConnection = connect(sink, &QVideoSink::videoFrameChanged, this, &VideoScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void VideoScanner::onFrame(const QVideoFrame& frame)
{
    ++m_received;
    if (!frame.isValid())
        return;
    if (m_busy->exchange(true)) {
        ++m_dropped;
        return;
    }
    // QVideoFrame is shared: this hands over a reference, not the pixels.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, frame] { worker->process(frame); }, Qt::QueuedConnection);
}

VideoScanner::Counters VideoScanner::counters() const
{
    return Counters{m_received, m_decoded->load(), m_dropped};
}

} // namespace packdesk::scanning

#include "videoscanner.moc"
