#pragma once

#include "framepipeline.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVideoSink>

#include <atomic>
#include <memory>

namespace packdesk::scanning {

class VideoScanWorker;

/// The camera as a scanner: takes frames from a QVideoSink (a Camera's
/// CaptureSession or a VideoOutput's sink in QML), decodes them on its own
/// worker thread and emits each code once while it stays in view.
///
/// Frames that arrive while the worker is still busy with the previous one
/// are dropped, never queued: the UI thread only hands over a reference
/// to the frame, and the scan reflects what is in front of the camera now.
class VideoScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
public:
    explicit VideoScanner(FramePipelineSettings settings = {}, QObject* parent = nullptr);
    ~VideoScanner() override;

    QVideoSink* videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink* sink);

    struct Counters
    {
        quint64 received = 0;
        quint64 decoded = 0;
        quint64 dropped = 0;
    };
    Counters counters() const;

Q_SIGNALS:
    /// A code came into view: AIM identifier + payload, as a handheld
    /// scanner would have typed it; feed it to interpretScan().
    void scanned(const QString& scannerText);
    void videoSinkChanged();

private:
    void onFrame(const QVideoFrame& frame);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    QThread m_thread;
    VideoScanWorker* m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<bool>> m_busy = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<quint64>> m_decoded = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_received = 0;
    quint64 m_dropped = 0;
};

/// Describes a mapped QVideoFrame for the pipeline (Unsupported format when
/// plane 0 is not luminance or packed RGB/YUV, e.g. MJPEG or 16-bit Y).
VideoFrameView viewOfMappedFrame(const QVideoFrame& mapped);

} // namespace packdesk::scanning
