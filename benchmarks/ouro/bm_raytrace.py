"""raytrace: a small recursive ray tracer (spheres, a checkerboard plane,
two point lights, Lambert and specular shading, reflections) rendering a
100x100 image -- pyperformance's raytrace workload. Written for Ouroboros;
prints a checksum of the pixels."""
import math
import sys

EPSILON = 0.00001


class Vector(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        other.must_be_vector()
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        if other.is_point():
            return Point(self.x + other.x, self.y + other.y, self.z + other.z)
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        other.must_be_vector()
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, other):
        other.must_be_vector()
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def is_vector(self):
        return True

    def is_point(self):
        return False

    def must_be_vector(self):
        return self

    def must_be_point(self):
        raise TypeError("a point was expected")

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


Vector.ZERO = Vector(0, 0, 0)
Vector.RIGHT = Vector(1, 0, 0)
Vector.UP = Vector(0, 1, 0)
Vector.OUT = Vector(0, 0, 1)


class Point(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, other):
        if other.is_point():
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, other):
        other.must_be_vector()
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def is_vector(self):
        return False

    def is_point(self):
        return True

    def must_be_vector(self):
        raise TypeError("a vector was expected")

    def must_be_point(self):
        return self


class Sphere(object):
    def __init__(self, centre, radius):
        centre.must_be_point()
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace(object):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Ray(object):
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector.scale(t)


Point.ZERO = Point(0, 0, 0)


class Canvas(object):
    def __init__(self, width, height):
        self.bytes = [0] * (width * height * 3)
        self.width = width
        self.height = height

    def plot(self, x, y, r, g, b):
        i = ((self.height - y - 1) * self.width + x) * 3
        self.bytes[i] = max(0, min(255, int(r * 255)))
        self.bytes[i + 1] = max(0, min(255, int(g * 255)))
        self.bytes[i + 2] = max(0, min(255, int(b * 255)))

    def checksum(self):
        h = 0
        for v in self.bytes:
            h = (h * 33 + v) & 0xffffffff
        return h


def first_intersection(intersections):
    result = None
    for i in intersections:
        candidate_t = i[1]
        if candidate_t is not None and candidate_t > -EPSILON:
            if result is None or candidate_t < result[1]:
                result = i
    return result


class Scene(object):
    def __init__(self):
        self.objects = []
        self.light_points = []
        self.position = Point(0, 1.8, 10)
        self.looking_at = Point.ZERO
        self.field_of_view = 45
        self.recursion_depth = 0

    def look_at(self, p):
        self.looking_at = p

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.light_points.append(p)

    def render(self, canvas):
        fov_radians = math.pi * (self.field_of_view / 2.0) / 180.0
        half_width = math.tan(fov_radians)
        half_height = 0.75 * half_width
        width = half_width * 2
        height = half_height * 2
        pixel_width = width / (canvas.width - 1)
        pixel_height = height / (canvas.height - 1)

        eye = Ray(self.position, self.looking_at - self.position)
        vpright = eye.vector.cross(Vector.UP).normalized()
        vpup = vpright.cross(eye.vector).normalized()

        for y in range(canvas.height):
            for x in range(canvas.width):
                xcomp = vpright.scale(x * pixel_width - half_width)
                ycomp = vpup.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + xcomp + ycomp)
                colour = self.ray_colour(ray)
                canvas.plot(x, y, *colour)

    def ray_colour(self, ray):
        if self.recursion_depth > 3:
            return (0, 0, 0)
        try:
            self.recursion_depth += 1
            intersections = [(o, o.intersection_time(ray), s) for (o, s) in self.objects]
            i = first_intersection(intersections)
            if i is None:
                return (0, 0, 0)
            (o, t, s) = i
            p = ray.point_at_time(t)
            return s.colour_at(self, ray, p, o.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def _light_is_visible(self, l, p):
        for (o, s) in self.objects:
            t = o.intersection_time(Ray(p, l - p))
            if t is not None and t > EPSILON:
                return False
        return True

    def visible_lights(self, p):
        result = []
        for l in self.light_points:
            if self._light_is_visible(l, p):
                result.append(l)
        return result


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface(object):
    def __init__(self, base_colour=(1, 1, 1), specular=0.2, lambert=0.6, ambient=None):
        self.base_colour = base_colour
        self.specular_coefficient = specular
        self.lambert_coefficient = lambert
        if ambient is None:
            ambient = 1.0 - specular - lambert
        self.ambient_coefficient = ambient

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = (0, 0, 0)
        if self.specular_coefficient > 0:
            reflected_ray = Ray(p, ray.vector.reflect_through(normal))
            reflected_colour = scene.ray_colour(reflected_ray)
            c = add_colours(c, self.specular_coefficient, reflected_colour)
        if self.lambert_coefficient > 0:
            lambert_amount = 0
            for light_point in scene.visible_lights(p):
                contribution = (light_point - p).normalized().dot(normal)
                if contribution > 0:
                    lambert_amount = lambert_amount + contribution
            lambert_amount = min(1, lambert_amount)
            c = add_colours(c, self.lambert_coefficient * lambert_amount, b)
        if self.ambient_coefficient > 0:
            c = add_colours(c, self.ambient_coefficient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, check_size=1, other_colour=(0, 0, 0), **kwargs):
        SimpleSurface.__init__(self, **kwargs)
        self.other_colour = other_colour
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - Point.ZERO
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


def render(width, height):
    canvas = Canvas(width, height)
    s = Scene()
    s.add_light(Point(30, 30, 10))
    s.add_light(Point(-10, 100, 30))
    s.look_at(Point(0, 3, 0))
    s.add_object(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=(1, 1, 0)))
    for y in range(6):
        s.add_object(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
                     SimpleSurface(base_colour=(y / 6.0, 1 - y / 6.0, 0.5)))
    s.add_object(Halfspace(Point(0, 0, 0), Vector.UP),
                 CheckerboardSurface(check_size=2))
    s.render(canvas)
    return canvas.checksum()


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    for _ in range(loops):
        h = render(100, 100)
    print("raytrace", loops, h)


if __name__ == "__main__":
    main()
