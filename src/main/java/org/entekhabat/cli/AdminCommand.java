package org.entekhabat.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.PasswordPolicy;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.UserAccount;
import org.entekhabat.identity.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Accounts from the command line: the first national HQ account is opened here. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage user accounts.",
        subcommands = {AdminCommand.Create.class, AdminCommand.ListUsers.class})
class AdminCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an account. Without --password-stdin a strong password is generated and printed once.")
    static class Create implements Callable<Integer> {

        @Mixin DatabaseOptions db;

        @Option(names = "--username", required = true, description = "2-40 characters: a-z, 0-9, '.', '-', '_'")
        String username;

        @Option(names = "--role", required = true, description = "one of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(names = "--jurisdiction", required = true, description = "e.g. NATION, PROVINCE:123, COUNTY:1000001")
        String jurisdiction;

        @Option(names = "--display-name", description = "full name shown in the UI")
        String displayName;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            Jurisdiction where = Jurisdiction.parse(jurisdiction); // refuse bad input before starting anything
            String password = passwordStdin ? readLine() : generatePassword();
            PasswordPolicy.check(username, password);
            try (var context = SpringContexts.job(db)) {
                UserAccount created = context.getBean(Users.class)
                        .createBySystem(new NewUser(username, displayName, role, where, password), "cli");
                System.out.println("Created " + created.username() + " (" + created.role() + ", " + created.jurisdiction() + ").");
                if (!passwordStdin) {
                    System.out.println("Password (shown only this once): " + password);
                }
            }
            return 0;
        }

        private static String readLine() throws Exception {
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line;
        }
    }

    /** 20 characters from an alphabet without look-alikes: about 115 bits. */
    static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) out.append('-');
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every account.")
    static class ListUsers implements Callable<Integer> {

        @Mixin DatabaseOptions db;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            List<UserAccount> accounts;
            try (var context = SpringContexts.job(db)) {
                accounts = context.getBean(Users.class).listAll();
            }
            if (json) {
                var rows = accounts.stream().map(ListUsers::row).toList();
                System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            } else {
                System.out.printf("%-24s %-16s %-22s %-8s %s%n", "USERNAME", "ROLE", "JURISDICTION", "STATE", "NAME");
                for (UserAccount a : accounts) {
                    System.out.printf("%-24s %-16s %-22s %-8s %s%n", a.username(), a.role(), a.jurisdiction(),
                            a.enabled() ? "enabled" : "disabled", a.displayName());
                }
            }
            return 0;
        }

        private static Map<String, Object> row(UserAccount a) {
            var m = new LinkedHashMap<String, Object>();
            m.put("username", a.username());
            m.put("displayName", a.displayName());
            m.put("role", a.role().name());
            m.put("jurisdiction", a.jurisdiction().toString());
            m.put("enabled", a.enabled());
            m.put("lockedUntil", a.lockedUntil() == null ? null : a.lockedUntil().toString());
            m.put("createdAt", a.createdAt().toString());
            m.put("createdBy", a.createdBy());
            return m;
        }
    }
}
