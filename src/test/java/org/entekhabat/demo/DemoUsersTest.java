package org.entekhabat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entekhabat.DatabaseTest;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class DemoUsersTest {

    @Autowired DemoData demo;
    @Autowired Users users;
    @Autowired org.entekhabat.boards.Boards boards;
    @LocalServerPort int port;

    @Test
    void loadsTheDemoUsersOnceAndTheyCanSignIn() throws Exception {
        demo.load();
        var again = demo.load();
        assertThat(again.lines()).anySatisfy(l -> assertThat(l).contains("0 new", "governor-arak", DemoData.DEMO_PASSWORD));
        assertThat(again.lines()).anySatisfy(l -> assertThat(l).contains("Tehran executive board", "governor-tehran(ex_officio)",
                "board-tehran(trusted)", "supervisor-tehran-3", "supervisor-province-1"));
        assertThat(boards.find("county-executive-1230001")).get().satisfies(b -> assertThat(b.formed()).isTrue());
        assertThat(boards.members("county-executive-1230001")).hasSize(3 + 8 + 5);
        assertThat(boards.find("provincial-supervisory-123")).get().satisfies(b -> assertThat(b.formed()).isTrue());
        assertThat(users.find("tehran-hq")).get().satisfies(u -> {
            assertThat(u.role()).isEqualTo(Role.PROVINCIAL_HQ);
            assertThat(u.jurisdiction()).isEqualTo(Jurisdiction.province("123"));
        });
        var auth = "Basic " + Base64.getEncoder().encodeToString(
                ("governor-arak:" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users/me"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("COUNTY:1000001");
    }
}
