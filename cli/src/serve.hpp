// `precis serve`: the HTTP loopback service over the plugin's C interface.
#ifndef PRECIS_CLI_SERVE_HPP
#define PRECIS_CLI_SERVE_HPP

#include <cstddef>
#include <string>

#include "plugin_api.hpp"

namespace CLI {
class App;
}

namespace precis::cli {

struct serve_options {
    std::string host = "127.0.0.1";        // loopback unless asked otherwise: there is no auth
    int port = 8080;                       // 0 picks a free port (printed on stdout)
    std::string rules;                     // rule pack directory; empty = the embedded pack
    std::size_t max_body_bytes = 1 << 20;  // larger requests get 413
    int read_timeout_s = 5;
    int write_timeout_s = 5;
};

// Declares serve's flags on its CLI11 subcommand, bound to opts.
void add_serve_options(CLI::App& command, serve_options& opts);

// Serves until SIGINT or SIGTERM (SIGHUP reloads the rules). Returns the process exit status:
// 0 after a clean stop, 1 when the engine or the socket cannot be set up.
int run_serve(const precis_api& api, const serve_options& opts);

}  // namespace precis::cli

#endif
