/* The C twin of examples/jitlang/programs/bench_nbody.jl: the n-body
   float kernel, same operations in the same order (same output). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100;
    double pi = 3.141592653589793;
    double solar_mass = 4.0 * pi * pi;
    double days = 365.24;
    double xs[5] = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01};
    double ys[5] = {0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01};
    double zs[5] = {0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01};
    double vxs[5] = {0.0, 1.66007664274403694e-03 * days, -2.76742510726862411e-03 * days, 2.96460137564761618e-03 * days, 2.68067772490389322e-03 * days};
    double vys[5] = {0.0, 7.69901118419740425e-03 * days, 4.99852801234917238e-03 * days, 2.37847173959480950e-03 * days, 1.62824170038242295e-03 * days};
    double vzs[5] = {0.0, -6.90460016972063023e-05 * days, 2.30417297573763929e-05 * days, -2.96589568540237556e-05 * days, -9.51592254519715870e-05 * days};
    double ms[5] = {solar_mass, 9.54791938424326609e-04 * solar_mass, 2.85885980666130812e-04 * solar_mass, 4.36624404335156298e-05 * solar_mass, 5.15138902046611451e-05 * solar_mass};
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < 5; i++) {
        px = px + vxs[i] * ms[i];
        py = py + vys[i] * ms[i];
        pz = pz + vzs[i] * ms[i];
    }
    vxs[0] = -px / solar_mass;
    vys[0] = -py / solar_mass;
    vzs[0] = -pz / solar_mass;
    for (int round = 0; round < 2; round++) {
        if (round == 1) {
            double dt = 0.01;
            for (long step = 0; step < n; step++) {
                for (int i = 0; i < 5; i++) {
                    for (int j = i + 1; j < 5; j++) {
                        double dx = xs[i] - xs[j], dy = ys[i] - ys[j], dz = zs[i] - zs[j];
                        double d2 = dx * dx + dy * dy + dz * dz;
                        double mag = dt / (d2 * sqrt(d2));
                        double mi = ms[i] * mag, mj = ms[j] * mag;
                        vxs[i] = vxs[i] - dx * mj;
                        vys[i] = vys[i] - dy * mj;
                        vzs[i] = vzs[i] - dz * mj;
                        vxs[j] = vxs[j] + dx * mi;
                        vys[j] = vys[j] + dy * mi;
                        vzs[j] = vzs[j] + dz * mi;
                    }
                }
                for (int i = 0; i < 5; i++) {
                    xs[i] = xs[i] + dt * vxs[i];
                    ys[i] = ys[i] + dt * vys[i];
                    zs[i] = zs[i] + dt * vzs[i];
                }
            }
        }
        double e = 0.0;
        for (int i = 0; i < 5; i++) {
            e = e + 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i]);
            for (int j = i + 1; j < 5; j++) {
                double dx = xs[i] - xs[j], dy = ys[i] - ys[j], dz = zs[i] - zs[j];
                e = e - ms[i] * ms[j] / sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        printf("%ld\n", (long)(e * 1000000000.0));
    }
    return 0;
}
