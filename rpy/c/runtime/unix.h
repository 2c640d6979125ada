/* unix.h -- the runtime functions of unix.c and terms.c (included by rpy.h;
 * rpy/rlib/runix.py documents them). */
#ifndef RPY_UNIX_H
#define RPY_UNIX_H

Signed rpy_unix_pw_by_name(rpy_string *name);
Signed rpy_unix_pw_by_uid(Signed uid);
void rpy_unix_pw_start(void);
Signed rpy_unix_pw_next(void);
void rpy_unix_pw_end(void);
rpy_string *rpy_unix_pw_str(Signed field);
Signed rpy_unix_pw_int(Signed field);
Signed rpy_unix_gr_by_name(rpy_string *name);
Signed rpy_unix_gr_by_gid(Signed gid);
void rpy_unix_gr_start(void);
Signed rpy_unix_gr_next(void);
void rpy_unix_gr_end(void);
rpy_string *rpy_unix_gr_str(Signed field);
Signed rpy_unix_gr_gid(void);
rpy_string *rpy_unix_gr_members(void);
void rpy_unix_getrlimit(Signed resource);
Signed rpy_unix_rlimit(Signed which);
void rpy_unix_setrlimit(Signed resource, Signed cur, Signed max);
void rpy_unix_prlimit(Signed pid, Signed resource, Signed set, Signed cur, Signed max);
void rpy_unix_getrusage(Signed who);
struct rusage;
struct rusage *rpy_unix_rusage_record(void);
double rpy_unix_rusage_time(Signed which);
Signed rpy_unix_rusage_int(Signed i);
Signed rpy_unix_getpagesize(void);
Signed rpy_unix_fcntl_int(Signed fd, Signed cmd, Signed arg);
rpy_string *rpy_unix_fcntl_buf(Signed fd, Signed cmd, rpy_string *data);
Signed rpy_unix_ioctl_int(Signed fd, Signed request, Signed arg);
rpy_string *rpy_unix_ioctl_buf(Signed fd, Signed request, rpy_string *data);
void rpy_unix_flock(Signed fd, Signed operation);
void rpy_unix_lockf(Signed fd, Signed cmd, Signed len, Signed start, Signed whence);
void rpy_unix_tcgetattr(Signed fd);
Signed rpy_unix_tc_field(Signed which);
rpy_string *rpy_unix_tc_cc(void);
void rpy_unix_tcsetattr(Signed fd, Signed when, Signed iflag, Signed oflag, Signed cflag,
                        Signed lflag, Signed ispeed, Signed ospeed, rpy_string *cc);
void rpy_unix_tcsendbreak(Signed fd, Signed duration);
void rpy_unix_tcdrain(Signed fd);
void rpy_unix_tcflush(Signed fd, Signed queue);
void rpy_unix_tcflow(Signed fd, Signed action);
Signed rpy_unix_tcgetwinsize(Signed fd);
void rpy_unix_tcsetwinsize(Signed fd, Signed rows, Signed cols);
Signed rpy_unix_termios_constant(rpy_string *name);
Signed rpy_unix_openpty(void);
rpy_string *rpy_unix_ttyname(Signed fd);
Signed rpy_unix_sem_open(rpy_string *name, Signed create, Signed value);
void rpy_unix_sem_unlink(rpy_string *name);
void rpy_unix_sem_close(Signed h);
Signed rpy_unix_sem_trywait(Signed h);
Signed rpy_unix_sem_wait(Signed h, Signed deadline_ns);
void rpy_unix_sem_post(Signed h);
Signed rpy_unix_sem_getvalue(Signed h);
Signed rpy_unix_sem_value_max(void);
Signed rpy_unix_shm_open(rpy_string *path, Signed flags, Signed mode);
void rpy_unix_shm_unlink(rpy_string *path);

#endif
