package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldPathsTest {

    @ParameterizedTest
    @CsvSource({
            "storageGb, storageGb",
            "trustedSources[2].cidr, trustedSources[2].cidr",
            "billing.newProfile.vatId, billing.newProfile.vatId",
            "/storageGb, storageGb",
            "/trustedSources/0/cidr, trustedSources[0].cidr",
            "#/billing/newProfile/postalCode, billing.newProfile.postalCode",
            "/trustedSources/12/description, trustedSources[12].description"})
    void serverFieldReferencesBecomeModelPaths(String server, String model) {
        assertThat(FieldPaths.toModelPath(server)).isEqualTo(model);
    }
}
