package org.entekhabat.polling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entekhabat.polling.node.NodeApplication;
import org.entekhabat.polling.node.NodeDirectory;
import org.entekhabat.polling.node.StaffMember;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The station node as the launcher starts it: {@link #setup} prepares a node directory (device
 * keys, staff, devices.json, package), {@link #serve} runs the node's own small Spring context
 * (no database) serving the terminals. See docs/station-node.md.
 */
public final class StationNodes {

    private StationNodes() {}

    /** One device the node will use, as central's device registry needs it. */
    public record DeviceToRegister(String deviceId, String stationCode, String role, String publicKeyBase64) {}

    /**
     * @param staff "ID:NAME:PIN" for each staff member (at least two)
     * @return the devices to register at central
     */
    public static List<DeviceToRegister> setup(Path dir, String stationCode, String centralUrl, List<String> staff, Path packageFile) {
        var members = staff.stream().map(StaffMember::parse).toList();
        var node = NodeDirectory.setup(dir, stationCode, centralUrl, members, packageFile);
        return devices(node.dir());
    }

    /** The devices of a node directory (its devices.json). */
    public static List<DeviceToRegister> devices(Path dir) {
        var out = new ArrayList<DeviceToRegister>();
        for (var d : new NodeDirectory(dir).devices()) out.add(new DeviceToRegister(d.deviceId(), d.stationCode(), d.role(), d.publicKey()));
        return out;
    }

    /** Starts the node's web server; returns the running context (close it to stop). */
    public static ConfigurableApplicationContext serve(Path dir, int port, String centralUrl, Map<String, Object> extra) {
        var props = new java.util.LinkedHashMap<String, Object>();
        props.put("entekhabat.node.dir", dir.toAbsolutePath().toString());
        if (centralUrl != null) props.put("entekhabat.node.central", centralUrl);
        props.put("server.port", port);
        props.put("spring.messages.basename", "i18n/messages,i18n/station");
        props.put("springdoc.api-docs.enabled", false);
        props.put("spring.flyway.enabled", false);
        props.put("spring.application.name", "entekhabat-station");
        props.putAll(extra);
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(NodeApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }

    /**
     * A node without its web pages, in a new directory (new device keys, two simulated staff), for
     * drills and load tests. Register its {@link HeadlessStation#devices()} at central before it claims.
     *
     * @param minimumOpenHours the close-not-before rule (10 on election day; a compressed drill day passes 0)
     */
    public static HeadlessStation headless(Path dir, StationPackage pkg, String centralUrl, java.time.Clock clock,
                                           double minimumOpenHours, int expectedVoters) {
        return org.entekhabat.polling.node.NodeDriver.create(dir, pkg, centralUrl, clock, minimumOpenHours, expectedVoters);
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
