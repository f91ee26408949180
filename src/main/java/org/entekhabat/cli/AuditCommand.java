package org.entekhabat.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.entekhabat.audit.AuditLog;
import org.entekhabat.audit.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The audit log: verify its hash chain, show its newest entries. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The hash-chained audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-check every link and hash; exit 0 when intact, 3 naming the first broken entry.")
    static class Verify implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--json", description = "print JSON") boolean json;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                Verification v = context.getBean(AuditLog.class).verify();
                if (json) {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("intact", v.intact());
                    out.put("entries", v.entries());
                    out.put("head_seq", v.headSeq());
                    out.put("head_hash", v.headHash());
                    out.put("broken", v.broken());
                    System.out.println(Json.write(out));
                } else if (v.intact()) {
                    System.out.println("audit log intact: " + v.entries() + " entries, head " + v.headSeq() + " " + v.headHash());
                } else {
                    System.err.println("audit log BROKEN at entry " + v.broken().seq() + " (" + v.broken().kind() + "): " + v.broken().message());
                }
                return v.intact() ? 0 : 3;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the newest entries, newest first.")
    static class Show implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Option(names = "--limit", defaultValue = "20", description = "how many (default: ${DEFAULT-VALUE})") int limit;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                var entries = context.getBean(AuditLog.class).latest(limit);
                if (json) {
                    System.out.println(Json.write(entries));
                } else {
                    entries.forEach(e -> System.out.println(e.seq() + "  " + e.recordedAt() + "  " + e.actor() + "  " + e.action()
                            + "  " + e.subject() + (e.reason().isEmpty() ? "" : "  «" + e.reason() + "»") + "  " + e.details()));
                }
                return 0;
            }
        }
    }
}
