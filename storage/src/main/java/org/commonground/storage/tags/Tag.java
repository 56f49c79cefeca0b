package org.commonground.storage.tags;

/** A challenge tag: a name people recognise, the theme it sits under and a one-line description. */
public record Tag(int id, String name, String theme, String description, TagStatus status) {

  public boolean isActive() {
    return status == TagStatus.ACTIVE;
  }
}
