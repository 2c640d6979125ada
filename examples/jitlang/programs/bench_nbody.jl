# benchmark: a float kernel (the n-body simulation of five planets)
n = 100
a = args()
if len(a) > 0 { n = int(a[0]) }

pi = 3.141592653589793
solar_mass = 4.0 * pi * pi
days = 365.24

xs = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01]
ys = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01]
zs = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
vxs = [0.0, 1.66007664274403694e-03 * days, -2.76742510726862411e-03 * days, 2.96460137564761618e-03 * days, 2.68067772490389322e-03 * days]
vys = [0.0, 7.69901118419740425e-03 * days, 4.99852801234917238e-03 * days, 2.37847173959480950e-03 * days, 1.62824170038242295e-03 * days]
vzs = [0.0, -6.90460016972063023e-05 * days, 2.30417297573763929e-05 * days, -2.96589568540237556e-05 * days, -9.51592254519715870e-05 * days]
ms = [solar_mass, 9.54791938424326609e-04 * solar_mass, 2.85885980666130812e-04 * solar_mass, 4.36624404335156298e-05 * solar_mass, 5.15138902046611451e-05 * solar_mass]

def offset_momentum(vxs, vys, vzs, ms, solar_mass) {
    px = 0.0; py = 0.0; pz = 0.0
    i = 0
    while i < 5 {
        px = px + vxs[i] * ms[i]
        py = py + vys[i] * ms[i]
        pz = pz + vzs[i] * ms[i]
        i = i + 1
    }
    vxs[0] = -px / solar_mass
    vys[0] = -py / solar_mass
    vzs[0] = -pz / solar_mass
}

def energy(xs, ys, zs, vxs, vys, vzs, ms) {
    e = 0.0
    i = 0
    while i < 5 {
        e = e + 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        j = i + 1
        while j < 5 {
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e = e - ms[i] * ms[j] / sqrt(dx * dx + dy * dy + dz * dz)
            j = j + 1
        }
        i = i + 1
    }
    return e
}

offset_momentum(vxs, vys, vzs, ms, solar_mass)
print(int(energy(xs, ys, zs, vxs, vys, vzs, ms) * 1000000000.0))
dt = 0.01
step = 0
while step < n {
    i = 0
    while i < 5 {
        j = i + 1
        while j < 5 {
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            mi = ms[i] * mag
            mj = ms[j] * mag
            vxs[i] = vxs[i] - dx * mj
            vys[i] = vys[i] - dy * mj
            vzs[i] = vzs[i] - dz * mj
            vxs[j] = vxs[j] + dx * mi
            vys[j] = vys[j] + dy * mi
            vzs[j] = vzs[j] + dz * mi
            j = j + 1
        }
        i = i + 1
    }
    i = 0
    while i < 5 {
        xs[i] = xs[i] + dt * vxs[i]
        ys[i] = ys[i] + dt * vys[i]
        zs[i] = zs[i] + dt * vzs[i]
        i = i + 1
    }
    step = step + 1
}
print(int(energy(xs, ys, zs, vxs, vys, vzs, ms) * 1000000000.0))
