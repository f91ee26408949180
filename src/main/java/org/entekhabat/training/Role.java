package org.entekhabat.training;

/** Who a course is for. */
public enum Role {
    STATION_STAFF,   // عوامل شعبه
    EXECUTIVE_BOARD, // هیئت اجرایی
    SUPERVISOR,      // ناظران و هیئت نظارت
    IT               // کارشناسان فناوری اطلاعات
}
