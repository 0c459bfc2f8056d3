package org.vanban.ocr.tesseract;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** The two libc calls vanban needs, through JNA. */
interface Libc extends Library {
    Libc INSTANCE = Native.load("c", Libc.class);

    int setenv(String name, String value, int overwrite);

    String getenv(String name);
}
