package io.relink.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Every resource below it needs a workspace API key. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
