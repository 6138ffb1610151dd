package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/api.md says which links the app opens the way {@link AppContext#portalPolicy(java.net.URI, java.net.URI)} decides. */
class PortalDocsTest {
    @Test
    void theContractNamesTheConfiguredPortalAndItsDefaultTicketPage() throws IOException {
        String doc = Files.readString(Path.of("docs", "api.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");

        assertThat(doc).contains("`--portal-url`", "`<API origin>" + AppContext.TICKET_PAGE + "`",
                "the sandbox's own origin");
        assertThat(doc).doesNotContain("only when they lie on the API's own origin");
    }
}
