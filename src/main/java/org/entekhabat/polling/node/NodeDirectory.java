package org.entekhabat.polling.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A station node's directory: everything it needs and everything it writes, so a node is one folder.
 * <pre>
 * node.json               station code, central URL, staff (names and PIN hashes)
 * devices.json            the two devices' ids, roles and public keys, for central's device registry
 * keys/auth/              the authentication terminal's Ed25519 key (claims, paper register)
 * keys/vote/              the voting terminal's key (journal, ballot box, reports)
 * package.json            the station package (copied at setup or fetched from central)
 * station/journal.ejr     the signed hash-chained journal
 * station/ballots.ebb     the sealed ballot box
 * paper-register.jsonl    the manual register of the paper process (national codes; never in the journal)
 * </pre>
 */
public record NodeDirectory(Path dir) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    public record Settings(String stationCode, String centralUrl, List<StaffMember> staff) {
        public Settings {
            staff = List.copyOf(staff);
        }
    }

    public record Device(String deviceId, String stationCode, String role, String publicKey) {}

    public Path settingsFile() { return dir.resolve("node.json"); }
    public Path devicesFile() { return dir.resolve("devices.json"); }
    public Path authKeys() { return dir.resolve("keys/auth"); }
    public Path voteKeys() { return dir.resolve("keys/vote"); }
    public Path packageFile() { return dir.resolve("package.json"); }
    public Path stationDir() { return dir.resolve("station"); }
    public Path paperRegister() { return dir.resolve("paper-register.jsonl"); }

    public static String authDeviceId(String station) { return station + "-AUTH"; }
    public static String voteDeviceId(String station) { return station + "-VOTE"; }

    /** Creates the directory: keys, staff, devices.json and (optionally) the package. Refuses an existing node. */
    public static NodeDirectory setup(Path dir, String stationCode, String centralUrl, List<StaffMember> staff, Path packageFile) {
        var node = new NodeDirectory(dir);
        if (Files.exists(node.settingsFile())) throw new IllegalStateException("a station node is already set up in " + dir);
        if (staff.size() < 2) throw new IllegalArgumentException("at least two staff members are needed (paper counts are entered twice)");
        StationPackage pkg = packageFile == null ? null : StationPackageJson.read(packageFile);
        if (pkg != null && !pkg.stationCode().equals(stationCode)) {
            throw new IllegalArgumentException("the package is for station " + pkg.stationCode() + ", not " + stationCode);
        }
        var auth = DeviceKeys.generate(node.authKeys(), authDeviceId(stationCode));
        var vote = DeviceKeys.generate(node.voteKeys(), voteDeviceId(stationCode));
        var devices = List.of(new Device(auth.deviceId(), stationCode, "AUTH_TERMINAL", auth.publicKeyBase64()),
                new Device(vote.deviceId(), stationCode, "VOTING_TERMINAL", vote.publicKeyBase64()));
        try {
            Files.writeString(node.devicesFile(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(devices) + "\n");
            node.saveSettings(new Settings(stationCode, centralUrl, staff));
            if (pkg != null) node.savePackage(pkg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return node;
    }

    public Settings settings() {
        try {
            return JSON.readValue(Files.readString(settingsFile()), Settings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("no station node in " + dir + " (run `entekhabat station setup` first)", e);
        }
    }

    public void saveSettings(Settings s) {
        writeAtomically(settingsFile(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n");
    }

    public List<Device> devices() {
        try {
            return new ArrayList<>(List.of(JSON.readValue(Files.readString(devicesFile()), Device[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void savePackage(StationPackage p) {
        writeAtomically(packageFile(), StationPackageJson.write(p) + "\n");
    }

    public boolean hasPackage() {
        return Files.exists(packageFile());
    }

    static void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
