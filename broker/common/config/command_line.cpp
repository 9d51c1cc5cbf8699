#include "common/config/command_line.h"

#include "common/config/properties.h"

namespace samsa::config {

namespace {

constexpr int kUsageExitCode = 2;

CommandLineResult fail(std::string message)
{
    CommandLineResult r;
    r.action = CommandLineResult::Action::Fail;
    r.exitCode = kUsageExitCode;
    r.text = std::move(message) + "\nRun 'samsa-broker --help' for usage.";
    return r;
}

} // namespace

std::string usageText(const ConfigEnvironment& env)
{
    return "Usage: samsa-broker [server.properties] [--override key=value ...]\n"
           "\n"
           "Runs a Kafka-compatible broker. Settings use Kafka's names and meanings; a file\n"
           "is read first, then each --override replaces one of its keys.\n"
           "\n"
           "Options:\n"
           "  --override key=value  set one broker config (may be repeated)\n"
           "  -h, --help            show this help and exit\n"
           "  --version             show the version and exit\n"
           "\n"
           "Without settings the broker listens on PLAINTEXT://127.0.0.1:9092 and keeps\n"
           "its data in " + defaultDataDir(env) + ".\n"
           "Exit status is 2 for bad usage or an invalid configuration.\n";
}

CommandLineResult parseCommandLine(const std::vector<std::string>& args, std::string_view version,
                                   const ConfigEnvironment& env)
{
    std::optional<std::string> file;
    std::vector<std::string> overrides;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            CommandLineResult r;
            r.action = CommandLineResult::Action::ShowHelp;
            r.text = usageText(env);
            return r;
        }
        if (arg == "--version") {
            CommandLineResult r;
            r.action = CommandLineResult::Action::ShowVersion;
            r.text = "samsa-broker " + std::string(version) + "\n";
            return r;
        }
        if (arg == "--override") {
            if (++i >= args.size())
                return fail("--override needs a key=value argument");
            overrides.push_back(args[i]);
        } else if (arg.rfind("--override=", 0) == 0) {
            overrides.push_back(arg.substr(std::string_view("--override=").size()));
        } else if (arg.size() > 1 && arg.front() == '-') {
            return fail("unknown option " + arg);
        } else if (file) {
            return fail("only one properties file may be given (got " + *file + " and " + arg + ")");
        } else {
            file = arg;
        }
    }

    ConfigStrings values;
    if (file) {
        auto read = readPropertiesFile(*file);
        if (!read)
            return fail(read.error().message);
        values = std::move(read.value());
    }
    for (const std::string& o : overrides) {
        const auto eq = o.find('=');
        if (eq == std::string::npos || eq == 0)
            return fail("--override expects key=value, got '" + o + "'");
        values[o.substr(0, eq)] = o.substr(eq + 1);
    }

    CommandLineResult r;
    auto cfg = BrokerConfig::create(values, env, &r.warnings);
    if (!cfg) {
        auto failed = fail(cfg.error().message);
        failed.warnings = std::move(r.warnings);
        return failed;
    }
    r.action = CommandLineResult::Action::Run;
    r.config = std::move(cfg.value());
    return r;
}

} // namespace samsa::config
