package org.oscc.chamberlain.calendar;

/** A reply that did not come as a file (an e-mail read from a mail folder): how to name it in a summary, its bytes. */
public record ReplyMessage(String name, byte[] content) {
}
