package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SecurityHeadersTest {

    @Test
    void the_pages_policy_is_the_one_primefaces_signs_and_allows_no_unsigned_inline_script()
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList params =
                factory.newDocumentBuilder()
                        .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile())
                        .getElementsByTagName("context-param");
        String csp = null;
        String signed = null;
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            String name = param.getElementsByTagName("param-name").item(0).getTextContent();
            String value = param.getElementsByTagName("param-value").item(0).getTextContent();
            if (name.equals("primefaces.CSP")) {
                csp = value;
            } else if (name.equals("primefaces.CSP_POLICY")) {
                signed = value;
            }
        }
        assertThat(csp).isEqualTo("true");
        assertThat(signed).isEqualTo(SecurityHeaders.PAGE_POLICY);
        // PrimeFaces appends the nonce to the policy's last word: that must be script-src
        assertThat(SecurityHeaders.PAGE_POLICY)
                .endsWith("; script-src 'self'")
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(SecurityHeaders.PAGE_POLICY.split("script-src")[1])
                .doesNotContain("unsafe-inline");
    }
}
