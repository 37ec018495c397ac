async def job():
    print("job running")
    raise RuntimeError("job crashed")
c = job()
c.send(None)
