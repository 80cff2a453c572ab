package dev.signet.testkit;

import java.util.Objects;

/**
 * A route a user added to a fake: checked by {@code access}, answered by {@code handler}.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the exact path, e.g. {@code /api/v3/depth}
 * @param access what the fake checks first
 * @param handler the answer
 */
record UserRoute(String method, String path, Access access, RouteHandler handler) {
  UserRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (method.isBlank() || !method.equals(method.trim())) {
      throw new IllegalArgumentException("method must be an HTTP method such as GET: '" + method + "'");
    }
    if (!path.startsWith("/") || path.contains("?")) {
      throw new IllegalArgumentException("path must start with / and have no query: " + path);
    }
  }

  /** The key routes are found by: method and path. */
  String key() {
    return key(method, path);
  }

  static String key(String method, String path) {
    return method + " " + path;
  }

  /** The handler's reply to {@code request}, which passed the access checks. */
  Reply answer(mockwebserver3.RecordedRequest request) {
    Reply reply = handler.handle(FakeRequest.of(request));
    if (reply == null) {
      throw new IllegalStateException("the route " + key() + " answered null");
    }
    return reply;
  }
}
