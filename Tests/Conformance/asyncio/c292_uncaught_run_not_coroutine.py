# asyncio.run given the result of a plain function: uncaught ValueError.
import asyncio

def main():
    print("plain function runs at once")

asyncio.run(main())
