package org.imcbench.model.demo;

import java.util.List;

/** A deterministic simulated speaker of the demo server. */
@FunctionalInterface
public interface DemoBehaviour {

    /**
     * The answer to a conversation; the same messages always give the same answer.
     *
     * @param messages the request's messages in order
     */
    String reply(List<DemoMessage> messages);
}
