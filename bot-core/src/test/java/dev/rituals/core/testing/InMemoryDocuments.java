package dev.rituals.core.testing;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps published files so tests can open them; links are fake but unique. */
public final class InMemoryDocuments implements DocumentLinks {
  /** One published file. */
  public record Published(
      UserRef owner, String fileName, String contentType, byte[] content, String link) {}

  private final List<Published> published = new CopyOnWriteArrayList<>();

  @Override
  public String publish(UserRef owner, String fileName, String contentType, byte[] content) {
    String link = "https://rituals.test/files/" + (published.size() + 1) + "/" + fileName;
    published.add(new Published(owner, fileName, contentType, content.clone(), link));
    return link;
  }

  public List<Published> published() {
    return List.copyOf(published);
  }

  /** The file behind a link from a reply. */
  public Published byLink(String link) {
    return published.stream()
        .filter(p -> p.link().equals(link))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing published at " + link));
  }
}
