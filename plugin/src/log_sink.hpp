// An spdlog sink owned by one engine that forwards to the host's callback (or nowhere).
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <atomic>
#include <mutex>

#include "precis/precis.hpp"

namespace precis::plugin {

class host_sink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    void set(precis_log_callback cb, void* user);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override {}

private:
    precis_log_callback callback_ = nullptr;
    void* user_ = nullptr;
};

}  // namespace precis::plugin
