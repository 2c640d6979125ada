"""wave: writing a PCM file (mono and stereo), reading it back frame by
frame, and the errors for bad parameters or a non-WAV input."""
import io
import math
import struct
import wave

buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    samples = [int(32767 * math.sin(2 * math.pi * 440 * i / 8000)) for i in range(400)]
    w.writeframes(struct.pack("<%dh" % len(samples), *samples))
raw = buf.getvalue()
print(len(raw), raw[:4], raw[8:16])
r = wave.open(io.BytesIO(raw), "rb")
print(r.getparams())
print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
first = r.readframes(4)
print(struct.unpack("<4h", first), r.tell())
r.setpos(100)
print(struct.unpack("<2h", r.readframes(2)))
r.rewind()
print(len(r.readframes(1000)), r.tell())
r.close()

buf2 = io.BytesIO()
w = wave.open(buf2, "wb")
w.setparams((2, 1, 22050, 0, "NONE", "not compressed"))
w.writeframesraw(bytes(range(0, 20)))
w.close()
r = wave.open(io.BytesIO(buf2.getvalue()))
print(r.getparams(), r.readframes(3))

for bad in (b"RIFF\x00\x00\x00\x00WAVE", b"not a wave file at all", b""):
    try:
        wave.open(io.BytesIO(bad))
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
w = wave.open(io.BytesIO(), "wb")
for setter, value in ((w.setnchannels, 0), (w.setsampwidth, 5), (w.setframerate, 0)):
    try:
        setter(value)
    except wave.Error as e:
        print("wave.Error:", e)
try:
    w.writeframes(b"\0\0")
except wave.Error as e:
    print("wave.Error:", e)
w.setnchannels(1)
w.setsampwidth(1)
w.setframerate(8000)
w.close()
try:
    wave.open(io.BytesIO(), "x")
except wave.Error as e:
    print("wave.Error:", e)
