package io.slipway.server.agent;

/** Which build asks for an agent: job name and build number. */
public record BuildRef(String job, int number) {

    @Override
    public String toString() {
        return job + " #" + number;
    }
}
