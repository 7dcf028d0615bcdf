package org.openbando.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openbando.shared.Languages;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The timeline names every step of the proposal process in the reader's language: an Italian label for each step the
 * timeline can show, the model's own (English) name otherwise.
 */
@QuarkusTest
class TimelineLabelsTest {

    /** The kinds of element whose history the timeline shows (workflow's CamundaProcessHistory). */
    static final Set<String> SHOWN = Set.of("startEvent", "serviceTask", "userTask", "boundaryEvent", "endEvent",
            "receiveTask");

    @Test
    void everyStepOfTheProposalProcessHasAnItalianLabelAndItsModelNameInEnglish() throws Exception {
        EligibilityTexts italian = Languages.texts(EligibilityTexts.class, Locale.ITALIAN);
        EligibilityTexts english = Languages.texts(EligibilityTexts.class, Locale.ENGLISH);
        List<Element> steps = steps();
        assertThat(steps).hasSizeGreaterThan(15);
        for (Element step : steps) {
            String id = step.getAttribute("id");
            String name = step.getAttribute("name");
            assertThat(italian.timeline_step(id, name)).as(id).isNotBlank().isNotEqualTo(name);
            assertThat(english.timeline_step(id, name)).as(id).isEqualTo(name);
        }
        assertThat(italian.timeline_step("Task_Unknown", "A new step")).isEqualTo("A new step");
        assertThat(italian.timeline_submission("7")).isEqualTo("Proposta registrata con il numero di protocollo 7");
        assertThat(english.timeline_submission("7")).isEqualTo("Submission stored with protocol number 7");
    }

    private static List<Element> steps() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Element> steps = new ArrayList<>();
        try (InputStream model = TimelineLabelsTest.class.getResourceAsStream("/bpmn/proposal.bpmn")) {
            NodeList all = factory.newDocumentBuilder().parse(model).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (SHOWN.contains(e.getLocalName()) && e.hasAttribute("name")) {
                    steps.add(e);
                }
            }
        }
        return steps;
    }
}
