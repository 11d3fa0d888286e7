#include "log_sink.hpp"

namespace precis::plugin {

void host_sink::set(precis_log_callback cb, void* user) {
    std::lock_guard<std::mutex> lock(mutex_);
    callback_ = cb;
    user_ = user;
}

void host_sink::sink_it_(const spdlog::details::log_msg& msg) {
    if (callback_ == nullptr) return;
    spdlog::memory_buf_t formatted;
    formatter_->format(msg, formatted);
    std::size_t n = formatted.size();
    while (n > 0 && (formatted[n - 1] == '\n' || formatted[n - 1] == '\r')) --n;
    formatted.push_back('\0');
    callback_(user_, static_cast<int32_t>(msg.level), formatted.data(), n);
}

}  // namespace precis::plugin
