package org.entekhabat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    @Test
    void passwordsNeedTenCharactersAndAPersianReason() {
        assertThatThrownBy(() -> PasswordPolicy.check("ali", "short-pw"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageFa()).contains("۱۰"));
        assertThatThrownBy(() -> PasswordPolicy.check("ali.rezaei1", "ali.rezaei1")).isInstanceOf(DomainException.class);
        PasswordPolicy.check("ali", "گذرواژهٔ بلند و خوب"); // Persian letters count as characters
    }

    @Test
    void whoMayCreateWhom() {
        assertThat(UserAdministration.mayCreate(Role.NATIONAL_HQ, Role.PROVINCIAL_HQ)).isTrue();
        assertThat(UserAdministration.mayCreate(Role.PROVINCIAL_HQ, Role.GOVERNOR)).isTrue();
        assertThat(UserAdministration.mayCreate(Role.PROVINCIAL_HQ, Role.NATIONAL_HQ)).isFalse();
        assertThat(UserAdministration.mayCreate(Role.GOVERNOR, Role.STATION_STAFF)).isTrue();
        assertThat(UserAdministration.mayCreate(Role.GOVERNOR, Role.EXECUTIVE_BOARD)).isTrue();
        assertThat(UserAdministration.mayCreate(Role.GOVERNOR, Role.GOVERNOR)).isFalse();
        for (Role nobody : new Role[] {Role.CANDIDATE, Role.STATION_STAFF, Role.TRAINER, Role.EXECUTIVE_BOARD}) {
            assertThat(UserAdministration.creatableBy(nobody)).as(nobody.name()).isEmpty();
        }
    }

    @Test
    void rolesLiveOnTheirLevels() {
        assertThat(Role.GOVERNOR.livesOn(JurisdictionLevel.COUNTY)).isTrue();
        assertThat(Role.GOVERNOR.livesOn(JurisdictionLevel.PROVINCE)).isFalse();
        assertThat(Role.NATIONAL_HQ.livesOn(JurisdictionLevel.NATION)).isTrue();
    }

    @Test
    void aContributedParentBelowItsChildIsIgnored() {
        JurisdictionParents liar = j -> j.level() == JurisdictionLevel.CONSTITUENCY
                ? Optional.of(Jurisdiction.station("X")) : Optional.empty();
        var h = new JurisdictionHierarchy(java.util.List.of(liar));
        assertThat(h.parentOf(Jurisdiction.constituency("C1"))).isEmpty();
        assertThat(h.covers(Jurisdiction.station("X"), Jurisdiction.constituency("C1"))).isFalse();
    }
}
