package org.oscc.chamberlain.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.oscc.chamberlain.text.Messages;

/**
 * Keeps a second running Chamberlain away from a store that one already has open. An OS file lock on a
 * sidecar file ({@code store.db.lock}): the OS drops it when the holder exits, even after a crash, so a stale
 * lock never blocks anybody. The lock file is left in place on close: deleting it would let a waiting process
 * lock a file that no longer has a name while a third one creates and locks a new one.
 */
final class StoreLock implements AutoCloseable {
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    static StoreLock acquire(Path store) throws StoreUnavailableException {
        Path lockFile = lockFileFor(store);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, store,
                    Messages.get("store.lock.cannotWrite", store, e.getMessage()), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreUnavailableException(StoreProblem.INACCESSIBLE, store,
                    Messages.get("store.lock.failed", store, e.getMessage()), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreUnavailableException(StoreProblem.LOCKED, store,
                    Messages.get("store.lock.taken", store.getFileName()));
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ignored) {
            // the pid is only a courtesy for people looking at the folder
        }
        return new StoreLock(lockFile, channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released by the OS when the channel closes anyway
        }
        closeQuietly(channel);
    }

    Path file() {
        return lockFile;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
