// A short looping jingle (WAV) for the demo radio streams: no stream on the internet can be
// reached from here, and a demo must not point readers at addresses that do not exist.
export function renderJingle(seed: number, seconds = 6, sampleRate = 16000): Buffer {
  // A pentatonic melody plucked like a kora string (sine with harmonics and a decay).
  const scale = [220, 247.5, 277.2, 330, 370, 440, 495, 554.4]
  const beat = 0.375
  const samples = Math.floor(seconds * sampleRate)
  const data = Buffer.alloc(samples * 2)
  let state = seed * 2654435761 >>> 0
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const notes = Array.from({ length: Math.floor(seconds / beat) }, () => scale[Math.floor(next() * scale.length)] ?? 220)
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate
    const n = Math.floor(t / beat)
    const local = t - n * beat
    const f = notes[n] ?? 220
    const env = Math.exp(-local * 7)
    const v = env * (Math.sin(2 * Math.PI * f * t) * 0.6 + Math.sin(4 * Math.PI * f * t) * 0.25 + Math.sin(6 * Math.PI * f * t) * 0.1)
    const bass = 0.15 * Math.sin(2 * Math.PI * 110 * t) * Math.exp(-(t % (beat * 4)) * 2)
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, (v + bass) * 0.5)) * 32767), i * 2)
  }
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}
